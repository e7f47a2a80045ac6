"""`szj serve` in a real browser: the distribution's headless Chromium, driven by Selenium
through the system's chromedriver, against uvicorn on a free local port.

Skipped when Chromium or chromedriver is missing, unless `SZJ_REQUIRE_BROWSER=1` (CI, which
installs them) makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from workbooks import TODAY, valid_sheets, write_workbook

from generator.web.app import ServeSettings, create_app

pytestmark = pytest.mark.slow  # LibreOffice, a browser, killed processes or Hypothesis

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "inputs" / "przyklad.xlsx"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
WAIT_SECONDS = 30


def browser_paths() -> tuple[str, str]:
    chromium = next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        if os.environ.get("SZJ_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium i chromedriver są wymagane (SZJ_REQUIRE_BROWSER=1)")
        pytest.skip("Chromium lub chromedriver nie jest zainstalowany")
    return chromium, driver


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn serving the page on a free 127.0.0.1 port, in a thread of this process."""
    import uvicorn

    browser_paths()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    projects = tmp_path_factory.mktemp("projekty")
    shutil.copyfile(EXAMPLE, projects / EXAMPLE.name)
    settings = ServeSettings(projects_dir=projects, today=lambda: TODAY)
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="error")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_SECONDS
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(WAIT_SECONDS)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pobrane")


@pytest.fixture(scope="module")
def browser(server: str, downloads: Path, tmp_path_factory: pytest.TempPathFactory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, driver_path = browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        },
    )
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    yield driver
    driver.quit()


def wait_until(condition, seconds: float = WAIT_SECONDS):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while True:
        found = condition()
        if found:
            return found
        assert time.monotonic() < deadline, "the page did not show it in time"
        time.sleep(0.1)


def choose_file(browser, path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.find_element(By.CSS_SELECTOR, 'input[type=file][name="skoroszyt"]').send_keys(
        str(path)
    )


def test_the_example_shows_its_timeline_and_downloads_as_a_zip(browser, server, downloads):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    choose_file(browser, EXAMPLE)  # choosing the file checks it at once
    steps = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "ol.timeline li.step"))
    states = [step.get_attribute("class") for step in steps]
    assert states == ["step done"] * 6 + ["step next", "step later", "step later"]
    # step 7 is in progress: the Mayor decides (procedure.ProcedureState.next_people)
    assert "Tomasz Nowicki" in browser.find_element(By.CSS_SELECTOR, "li.step.next").text
    browser.find_element(By.ID, "generuj").click()
    archive = wait_until(lambda: next(downloads.glob("*.zip"), None))
    wait_until(lambda: not list(downloads.glob("*.crdownload")))
    assert archive.name == "OR.0123.5.2026.zip"
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
    assert "OR.0123.5.2026/01_decyzja_o_podjeciu_prac.docx" in names
    assert len([n for n in names if n.endswith(".docx")]) >= 8  # step 7: no 09 yet


def test_an_invalid_workbook_shows_its_cells(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    sheets = valid_sheets()
    sheets["Zasoby"][1][5] = "abc"  # F2
    workbook = write_workbook(tmp_path / "bledny.xlsx", sheets)
    browser.get(server + "/")
    choose_file(browser, workbook)
    tables = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "table.problems"))
    zasoby = next(t for t in tables if "Arkusz: Zasoby" in t.text)
    row = zasoby.find_element(By.CSS_SELECTOR, "tbody tr.error")
    assert row.find_element(By.CSS_SELECTOR, "td.cell").text == "F2"
    assert "nie jest kwotą" in row.text


def test_the_register_sorts_by_a_clicked_column(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server + "/rejestr")
    header = browser.find_element(By.XPATH, "//th[text()='Projekt']")
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert "OR.0123.5.2026" in browser.find_element(By.CSS_SELECTOR, "table.register").text
