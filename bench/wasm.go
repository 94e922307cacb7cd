package main

// Reading a WebAssembly binary: its sections, each function's body with its
// name (from the "name" section, which -ldflags=-s drops), and the bytes of
// its data segments. `go tool nm` does not read wasm, so the size listing
// starts here.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"regexp"
)

type wasmSection struct {
	ID   byte
	Name string // a custom section's name
	Size int    // the section's contents, without its id and size
}

type wasmFunc struct {
	// Name as the Go linker writes it: the symbol name with every byte
	// that is not a letter, digit, '_' or '.' replaced by '_' (see
	// linkerName).
	Name string
	Body []byte
}

type wasmFile struct {
	Size     int
	Sections []wasmSection
	Funcs    []wasmFunc // the module's own functions, in index order
	Data     []byte     // every data segment's bytes, concatenated
}

// section returns the total size of the sections with this id (and name,
// for custom sections).
func (w *wasmFile) section(id byte, name string) int {
	n := 0
	for _, s := range w.Sections {
		if s.ID == id && s.Name == name {
			n += s.Size
		}
	}
	return n
}

const (
	secCustom = 0
	secImport = 2
	secCode   = 10
	secData   = 11
)

// linkerName is how cmd/link/internal/wasm names a function in the name
// section (nameRegexp in asm.go).
var linkerNameRe = regexp.MustCompile(`[^\w.]`)

func linkerName(sym string) string { return linkerNameRe.ReplaceAllString(sym, "_") }

// wasmReader reads the LEB128 integers and names of the binary format.
type wasmReader struct{ *bytes.Reader }

func (r wasmReader) u32() (int, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, err
	}
	if v > 1<<32 {
		return 0, errors.New("integer too large")
	}
	return int(v), nil
}

func (r wasmReader) bytes(n int) ([]byte, error) {
	if n < 0 || n > r.Len() {
		return nil, io.ErrUnexpectedEOF
	}
	b := make([]byte, n)
	_, err := io.ReadFull(r, b)
	return b, err
}

func (r wasmReader) name() (string, error) {
	n, err := r.u32()
	if err != nil {
		return "", err
	}
	b, err := r.bytes(n)
	return string(b), err
}

func parseWasm(b []byte) (*wasmFile, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly binary")
	}
	w := &wasmFile{Size: len(b)}
	r := wasmReader{bytes.NewReader(b[8:])}
	importedFuncs := 0
	names := map[int]string{}
	var bodies [][]byte
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		size, err := r.u32()
		if err != nil {
			return nil, err
		}
		content, err := r.bytes(size)
		if err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
		sec := wasmSection{ID: id, Size: size}
		s := wasmReader{bytes.NewReader(content)}
		switch id {
		case secCustom:
			if sec.Name, err = s.name(); err != nil {
				return nil, err
			}
			if sec.Name == "name" {
				if err := readNames(s, names); err != nil {
					return nil, fmt.Errorf("name section: %w", err)
				}
			}
		case secImport:
			if importedFuncs, err = countFuncImports(s); err != nil {
				return nil, fmt.Errorf("import section: %w", err)
			}
		case secCode:
			if bodies, err = readBodies(s); err != nil {
				return nil, fmt.Errorf("code section: %w", err)
			}
		case secData:
			if w.Data, err = readData(s); err != nil {
				return nil, fmt.Errorf("data section: %w", err)
			}
		}
		w.Sections = append(w.Sections, sec)
	}
	for i, body := range bodies {
		name := names[importedFuncs+i]
		if name == "" {
			name = fmt.Sprintf("func[%d]", importedFuncs+i)
		}
		w.Funcs = append(w.Funcs, wasmFunc{Name: name, Body: body})
	}
	return w, nil
}

func countFuncImports(s wasmReader) (int, error) {
	n, err := s.u32()
	if err != nil {
		return 0, err
	}
	funcs := 0
	for range n {
		if _, err := s.name(); err != nil {
			return 0, err
		}
		if _, err := s.name(); err != nil {
			return 0, err
		}
		kind, err := s.ReadByte()
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0: // func: type index
			funcs++
			_, err = s.u32()
		case 1: // table: reftype, limits
			if _, err = s.ReadByte(); err == nil {
				err = skipLimits(s)
			}
		case 2: // memory: limits
			err = skipLimits(s)
		case 3: // global: valtype, mutability
			_, err = s.bytes(2)
		default:
			err = fmt.Errorf("import kind %d", kind)
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

// skipLEB skips one LEB128 integer, signed or not.
func skipLEB(s wasmReader) error {
	for {
		b, err := s.ReadByte()
		if err != nil || b < 0x80 {
			return err
		}
	}
}

func skipLimits(s wasmReader) error {
	flag, err := s.ReadByte()
	if err != nil {
		return err
	}
	if _, err := s.u32(); err != nil {
		return err
	}
	if flag&1 != 0 {
		_, err = s.u32()
	}
	return err
}

func readNames(s wasmReader, names map[int]string) error {
	for s.Len() > 0 {
		id, err := s.ReadByte()
		if err != nil {
			return err
		}
		size, err := s.u32()
		if err != nil {
			return err
		}
		sub, err := s.bytes(size)
		if err != nil {
			return err
		}
		if id != 1 { // function names
			continue
		}
		ss := wasmReader{bytes.NewReader(sub)}
		n, err := ss.u32()
		if err != nil {
			return err
		}
		for range n {
			idx, err := ss.u32()
			if err != nil {
				return err
			}
			if names[idx], err = ss.name(); err != nil {
				return err
			}
		}
	}
	return nil
}

func readBodies(s wasmReader) ([][]byte, error) {
	n, err := s.u32()
	if err != nil {
		return nil, err
	}
	bodies := make([][]byte, 0, n)
	for range n {
		size, err := s.u32()
		if err != nil {
			return nil, err
		}
		body, err := s.bytes(size)
		if err != nil {
			return nil, err
		}
		bodies = append(bodies, body)
	}
	return bodies, nil
}

// readData concatenates the data segments: Go writes active segments
// (memory 0, an i32.const offset), split where the data has long runs of
// zeros.
func readData(s wasmReader) ([]byte, error) {
	n, err := s.u32()
	if err != nil {
		return nil, err
	}
	var data []byte
	for range n {
		mode, err := s.u32()
		if err != nil {
			return nil, err
		}
		switch mode {
		case 0, 2:
			if mode == 2 {
				if _, err := s.u32(); err != nil { // memory index
					return nil, err
				}
			}
			// A constant expression, up to its end opcode.
			for {
				op, err := s.ReadByte()
				if err != nil {
					return nil, err
				}
				if op == 0x0b {
					break
				}
				if op == 0x41 || op == 0x42 || op == 0x23 {
					if err := skipLEB(s); err != nil {
						return nil, err
					}
				}
			}
		case 1: // passive
		default:
			return nil, fmt.Errorf("data segment mode %d", mode)
		}
		size, err := s.u32()
		if err != nil {
			return nil, err
		}
		seg, err := s.bytes(size)
		if err != nil {
			return nil, err
		}
		data = append(data, seg...)
	}
	return data, nil
}
