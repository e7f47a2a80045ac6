// The page of `szj serve`: drop a workbook, see the check without leaving the page, sort the
// register. Everything works without this script too (plain forms and links).
"use strict";

function setUpUpload() {
  const form = document.getElementById("formularz");
  if (!form) return;
  const input = document.getElementById("skoroszyt");
  const zone = document.getElementById("upuszczanie");
  const result = document.getElementById("wynik");
  const clientError = document.getElementById("blad-pliku");
  const limit = Number(form.dataset.limit);

  // The messages come from the server (generator/messages.py), like every Polish text.
  const say = form.dataset;

  function fileProblem() {
    const file = input.files[0];
    if (!file) return say.msgMissing;
    if (!file.name.toLowerCase().endsWith(".xlsx")) return say.msgNotXlsx.replace("{file}", file.name);
    if (file.size > limit) return file.name + ": " + say.msgTooLarge;
    return "";
  }

  function showProblem(text) {
    clientError.textContent = text;
    clientError.hidden = !text;
    return !text;
  }

  async function check() {
    if (!showProblem(fileProblem())) return;
    const busy = document.createElement("p");
    busy.className = "busy";
    busy.textContent = say.msgChecking;
    result.replaceChildren(busy);
    const data = new FormData(form);
    data.delete("pdf");
    try {
      const response = await fetch("/sprawdz", { method: "POST", body: data });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const answer = page.getElementById("wynik");
      result.replaceChildren(...(answer ? answer.childNodes : []));
    } catch (error) {
      busy.textContent = say.msgOffline;
    }
  }

  input.addEventListener("change", check);
  form.addEventListener("submit", (event) => {
    const sender = event.submitter;
    if (!showProblem(fileProblem())) { event.preventDefault(); return; }
    if (!sender || sender.id === "sprawdz") { event.preventDefault(); check(); }
    // "Pobierz dokumenty" is a plain submit: the browser saves the ZIP.
  });
  for (const name of ["dragenter", "dragover"]) {
    zone.addEventListener(name, (event) => { event.preventDefault(); zone.classList.add("over"); });
  }
  for (const name of ["dragleave", "drop"]) {
    zone.addEventListener(name, () => zone.classList.remove("over"));
  }
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      check();
    }
  });
}

function setUpSorting() {
  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((header, column) => {
      header.addEventListener("click", () => {
        const ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach((other) => other.removeAttribute("aria-sort"));
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const numeric = header.dataset.sort === "number";
        const key = (row) => {
          const cell = row.cells[column];
          const value = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
          return numeric ? Number(value) || 0 : value;
        };
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const order = numeric ? x - y : String(x).localeCompare(String(y), "pl");
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
}

document.addEventListener("DOMContentLoaded", () => { setUpUpload(); setUpSorting(); });
