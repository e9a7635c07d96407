// Command cnpg-check checks CloudNativePG resources (Cluster, ScheduledBackup) with CloudNativePG's
// own API types (github.com/cloudnative-pg/cloudnative-pg/api/v1), decoded strictly with
// sigs.k8s.io/yaml's UnmarshalStrict (encoding/json with DisallowUnknownFields): an unknown field
// anywhere (metadata included) or a value of the wrong type is a problem. Run by k8s/models/run.mjs.
//
// Input: one JSON object per line, {"id": "...", "object": {...}}; output: one line per input,
// {"id": "...", "problems": ["..."]}.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	apiv1 "github.com/cloudnative-pg/cloudnative-pg/api/v1"
	"sigs.k8s.io/yaml"
)

type input struct {
	ID     string          `json:"id"`
	Object json.RawMessage `json:"object"`
}

type output struct {
	ID       string   `json:"id"`
	Problems []string `json:"problems"`
}

func check(raw []byte) []string {
	problems := []string{}
	var head struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return append(problems, "/: "+err.Error())
	}
	if head.APIVersion != apiv1.SchemeGroupVersion.String() {
		problems = append(problems, fmt.Sprintf("/apiVersion: %s is not %s", head.APIVersion, apiv1.SchemeGroupVersion.String()))
	}
	var target any
	switch head.Kind {
	case apiv1.ClusterKind:
		target = &apiv1.Cluster{}
	case "ScheduledBackup":
		target = &apiv1.ScheduledBackup{}
	default:
		return append(problems, fmt.Sprintf("/kind: %s is not a CloudNativePG kind checked here", head.Kind))
	}
	if err := yaml.UnmarshalStrict(raw, target); err != nil {
		problems = append(problems, "/: "+err.Error())
	}
	return problems
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for in.Scan() {
		if len(in.Bytes()) == 0 {
			continue
		}
		var item input
		if err := json.Unmarshal(in.Bytes(), &item); err != nil {
			fmt.Fprintln(os.Stderr, "cnpg-check: bad input line:", err)
			os.Exit(2)
		}
		if err := enc.Encode(output{ID: item.ID, Problems: check(item.Object)}); err != nil {
			fmt.Fprintln(os.Stderr, "cnpg-check:", err)
			os.Exit(2)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "cnpg-check:", err)
		os.Exit(2)
	}
}
