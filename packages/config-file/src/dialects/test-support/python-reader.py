"""Reads each file named on the command line as the Databricks Python SDK does
(configparser.ConfigParser() defaults, read(path), _sections plus DEFAULT = defaults())
and prints one JSON line per file: {"profiles": {...}} or {"error": str(exc)}."""
import configparser
import json
import sys

for path in sys.argv[1:]:
    parser = configparser.ConfigParser()
    try:
        parser.read(path)
        profiles = {"DEFAULT": dict(parser.defaults())}
        profiles.update({name: dict(options) for name, options in parser._sections.items()})
        result = {"profiles": profiles}
    except configparser.Error as exc:
        result = {"error": str(exc)}
    print(json.dumps(result))
