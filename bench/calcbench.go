package main

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// calcBench runs the benchmarks of calc and its packages (the rules, the
// take-home estimate, the posting reader) and prints their lines.
func calcBench(ctx context.Context, root string, w io.Writer) error {
	out, err := output(goCommand(ctx, root, nil, "test", "./calc/...", "-run", "^$", "-bench", ".", "-benchmem"))
	if err != nil {
		return err
	}
	t := newTable("benchmark", "runs", "ns/op", "B/op", "allocs/op")
	n := 0
	for line := range strings.SplitSeq(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		// BenchmarkX-2  N  123 ns/op  456 B/op  7 allocs/op
		cells := []string{f[0], f[1], "", "", ""}
		for i := 2; i+1 < len(f); i += 2 {
			switch f[i+1] {
			case "ns/op":
				cells[2] = f[i]
			case "B/op":
				cells[3] = f[i]
			case "allocs/op":
				cells[4] = f[i]
			}
		}
		t.row(cells...)
		n++
	}
	if n == 0 {
		return fmt.Errorf("no benchmark in the output:\n%s", tail(string(out), 20))
	}
	t.print(w)
	return nil
}
