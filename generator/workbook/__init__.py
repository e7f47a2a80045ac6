"""The workbook stage: the contract (schema), reading, values, validation, the blank
workbook, and .xlsx files written at a path the user names."""
