"""Exports: the JSON record, same-format outputs, XLIFF/TMX for CAT tools."""
