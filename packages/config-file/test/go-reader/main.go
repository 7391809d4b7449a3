// Reads each file named on the command line as the Databricks Go SDK does
// (gopkg.in/ini.v1, SpaceBeforeInlineComment) and prints one JSON line per file:
// {"profiles": {section: {key: value}}} or {"error": "..."}.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"gopkg.in/ini.v1"
)

func main() {
	for _, path := range os.Args[1:] {
		result := map[string]interface{}{}
		if file, err := ini.LoadSources(ini.LoadOptions{SpaceBeforeInlineComment: true}, path); err != nil {
			result["error"] = err.Error()
		} else {
			profiles := map[string]map[string]string{}
			for _, section := range file.Sections() {
				profiles[section.Name()] = section.KeysHash()
			}
			result["profiles"] = profiles
		}
		line, _ := json.Marshal(result)
		fmt.Println(string(line))
	}
}
