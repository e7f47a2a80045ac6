"""Polish legal acts as Word keeps them: parsing the unit tree, writing tracked changes."""
