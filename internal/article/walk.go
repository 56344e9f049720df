package article

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Options tune Walk. The zero value is ready to use.
type Options struct {
	Format  Format // override sniffing
	MaxRaw  int    // bytes of raw input kept on a Reject (default 64 KiB)
	MaxFile int64  // a single text/HTML document larger than this is rejected without being read whole (default 32 MiB)
	// Exclude names files a directory walk passes over silently: the
	// archive being written and its -wal, -shm and -journal files, when
	// they lie inside an input folder.
	Exclude []string
	// Skipped, when set, hears of entries a directory walk passes over that
	// a user may have meant as input: dangling symbolic links and links in
	// a loop. They are not records, so they are not quarantined.
	Skipped func(path, reason string)
}

const (
	defaultMaxRaw  = 64 << 10
	defaultMaxFile = 32 << 20
	// maxLine bounds one JSON line: a longer line is a Reject, so a file
	// without newlines cannot make Walk hold gigabytes.
	maxLine = 8 << 20
	// maxGzipDepth stops gzip-of-gzip nesting, a cheap decompression bomb.
	maxGzipDepth = 3
)

func (o Options) withDefaults() Options {
	if o.MaxRaw <= 0 {
		o.MaxRaw = defaultMaxRaw
	}
	if o.MaxFile <= 0 {
		o.MaxFile = defaultMaxFile
	}
	return o
}

// Walk reads every path (files, directories recursively in sorted order, "-"
// for stdin, .gz of anything), and calls emit once per input record, in input
// order, with either an Article (ID computed, Validate passed) or a Reject
// naming file[:line] and the reason. Unreadable files, binary data, invalid
// UTF-8, empty articles, broken JSON lines, pages with no article, oversized
// files are Rejects, never returned errors. It returns only ctx.Err() or an
// error returned by emit.
//
// Memory stays bounded by Options.MaxFile (one document) and 8 MiB (one JSON
// line) whatever the size of the input: record streams are never slurped.
func Walk(ctx context.Context, paths []string, opt Options, emit func(Record) error) error {
	w := &walker{ctx: ctx, opt: opt.withDefaults(), emit: emit}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := w.stream("-", "", os.Stdin, -1, 0); err != nil {
				return err
			}
			continue
		}
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	ctx  context.Context
	opt  Options
	emit func(Record) error
}

// errStop wraps errors that must end the walk (emit's and ctx's), so they
// are never mistaken for a bad record.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

func (w *walker) article(source string, a *Article, raw []byte, format Format) error {
	if err := w.emit(Record{Source: source, Article: a, Raw: raw, RawFormat: format}); err != nil {
		return errStop{err}
	}
	return nil
}

func (w *walker) reject(source, reason string, raw []byte) error {
	r := &Reject{Source: source, Reason: reason, Raw: clip(raw, w.opt.MaxRaw)}
	if err := w.emit(Record{Source: source, Reject: r}); err != nil {
		return errStop{err}
	}
	return nil
}

// result emits a parser's outcome: the article, or a Reject carrying err.
func (w *walker) result(source string, a *Article, err error, raw []byte, format Format) error {
	if err != nil {
		var rj *Reject
		if errors.As(err, &rj) {
			return w.reject(source, rj.Reason, raw)
		}
		return w.reject(source, err.Error(), raw)
	}
	return w.article(source, a, raw, format)
}

// excluded reports whether path is one of Options.Exclude.
func (w *walker) excluded(path string) bool {
	if len(w.opt.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for _, x := range w.opt.Exclude {
		if x == abs {
			return true
		}
	}
	return false
}

func (w *walker) path(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return unstop(w.reject(p, "cannot read: "+errText(err), nil))
	}
	if !fi.IsDir() {
		return unstop(w.file(p, fi))
	}
	// WalkDir visits entries in lexical order, so output order is stable.
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if cerr := w.ctx.Err(); cerr != nil {
			return errStop{cerr}
		}
		if err != nil {
			if rerr := w.reject(path, "cannot read: "+errText(err), nil); rerr != nil {
				return rerr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir // .git, .cache and the like
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !isArticleInput(d.Name()) || w.excluded(path) {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return w.reject(path, "cannot read: "+errText(err), nil)
		}
		if !fi.Mode().IsRegular() {
			if fi.Mode()&fs.ModeSymlink != 0 {
				if fi, err = os.Stat(path); err != nil || !fi.Mode().IsRegular() {
					// Dangling links and links in a loop are said; links to
					// directories are not followed, as WalkDir does not.
					if err != nil && w.opt.Skipped != nil {
						reason := "dangling symbolic link, skipped"
						if errors.Is(err, syscall.ELOOP) {
							reason = "symbolic links in a loop, skipped"
						}
						w.opt.Skipped(path, reason)
					}
					return nil
				}
			} else {
				return nil
			}
		}
		return w.file(path, fi)
	})
	return unstop(err)
}

// docStems name the files that come with a folder of data rather than
// being data: READMEs, licences, change logs. Upper case, the name up to its
// first dot.
var docStems = map[string]bool{"README": true, "LICENSE": true, "LICENCE": true, "COPYING": true, "NOTICE": true,
	"CHANGELOG": true, "CHANGES": true, "AUTHORS": true, "CONTRIBUTING": true, "CONTRIBUTORS": true,
	"MAKEFILE": true, "DOCKERFILE": true, "MANIFEST": true}

// nonArticleExts are extensions of files that never hold an article sitrep
// can read: documentation, source code, configuration, images, media, office
// documents and archives other than gzip. Anything else is read (article
// inputs are .txt, .text, .html, .htm, .xml, .rss, .atom, .json, .jsonl,
// .ndjson, .warc, any of them .gz, and files without an extension), so an
// unexpected file still shows up as an article or a Reject.
var nonArticleExts = map[string]bool{
	".md": true, ".markdown": true, ".rst": true, ".adoc": true, ".tex": true,
	".go": true, ".py": true, ".sh": true, ".bash": true, ".zsh": true, ".ps1": true, ".bat": true,
	".js": true, ".mjs": true, ".ts": true, ".css": true, ".scss": true, ".c": true, ".h": true, ".cc": true,
	".cpp": true, ".rs": true, ".java": true, ".rb": true, ".pl": true, ".r": true, ".sql": true, ".ipynb": true,
	".yaml": true, ".yml": true, ".toml": true, ".ini": true, ".cfg": true, ".conf": true, ".env": true,
	".mod": true, ".sum": true, ".lock": true, ".log": true, ".csv": true, ".tsv": true, ".parquet": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".svg": true, ".ico": true,
	".bmp": true, ".tif": true, ".tiff": true, ".mp3": true, ".mp4": true, ".wav": true, ".ogg": true,
	".webm": true, ".mov": true, ".pdf": true, ".doc": true, ".docx": true, ".odt": true, ".xls": true,
	".xlsx": true, ".ppt": true, ".pptx": true, ".zip": true, ".tar": true, ".tgz": true, ".bz2": true,
	".xz": true, ".zst": true, ".7z": true, ".rar": true, ".exe": true, ".so": true, ".dll": true, ".o": true,
	".a": true, ".db": true, ".sqlite": true,
}

// isArticleInput decides, in a directory walk, whether a file is meant as
// input: dotfiles, READMEs, licences and the like, documentation, code and
// media are skipped silently. Files named explicitly are always read.
func isArticleInput(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	upper := strings.ToUpper(name)
	stem, _, _ := strings.Cut(upper, ".")
	if docStems[stem] || strings.HasPrefix(upper, "README") || strings.HasPrefix(upper, "LICENSE") || strings.HasPrefix(upper, "LICENCE") {
		return false
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".schema.json") {
		return false
	}
	return !nonArticleExts[filepath.Ext(strings.TrimSuffix(lower, ".gz"))]
}

// unstop unwraps the errors that end the walk; others cannot reach here.
func unstop(err error) error {
	var s errStop
	if errors.As(err, &s) {
		return s.err
	}
	return err
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func (w *walker) file(p string, fi fs.FileInfo) error {
	f, err := os.Open(p)
	if err != nil {
		return w.reject(p, "cannot read: "+errText(err), nil)
	}
	defer f.Close()
	return w.stream(p, p, f, fi.Size(), 0)
}

// stream reads one input: it sniffs the head, unwraps gzip and hands the
// reader to the format's reader. size is -1 when unknown (stdin, gzip).
func (w *walker) stream(source, name string, r io.Reader, size int64, depth int) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return w.reject(source, "cannot read: "+errText(err), head)
	}
	if len(head) == 0 {
		return w.reject(source, "empty file", nil)
	}
	if isGzip(head) {
		if depth >= maxGzipDepth {
			return w.reject(source, "gzip nested too deep", head)
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.reject(source, "gzip: "+err.Error(), head)
		}
		defer zr.Close()
		return w.stream(source, strings.TrimSuffix(name, ".gz"), zr, -1, depth+1)
	}
	format := w.opt.Format
	if format == FormatSniff {
		format = Sniff(head, name)
	}
	if format != FormatWARC && isBinary(head) {
		return w.reject(source, "binary data", head)
	}
	switch format {
	case FormatJSONL:
		return w.jsonl(source, br)
	case FormatWARC:
		return w.warc(source, br)
	case FormatText, FormatHTML, FormatFeed:
	default:
		return w.reject(source, fmt.Sprintf("unknown format %q", format), nil)
	}
	data, reason := w.readDoc(br, size)
	if reason != "" {
		return w.reject(source, reason, data)
	}
	switch format {
	case FormatText:
		a, err := ParseText(data)
		return w.result(source, a, err, data, FormatText)
	case FormatHTML:
		a, err := ParseHTML(data, "")
		return w.result(source, a, err, data, FormatHTML)
	default:
		return w.feed(source, data)
	}
}

// readDoc reads a whole single-document input, refusing it unread when its
// size is known to be over MaxFile and after MaxFile bytes otherwise.
func (w *walker) readDoc(r io.Reader, size int64) ([]byte, string) {
	tooBig := fmt.Sprintf("file too large: over %d bytes (MaxFile)", w.opt.MaxFile)
	if size > w.opt.MaxFile {
		head, _ := bufio.NewReader(io.LimitReader(r, int64(w.opt.MaxRaw))).Peek(w.opt.MaxRaw)
		return head, tooBig
	}
	data, err := io.ReadAll(io.LimitReader(r, w.opt.MaxFile+1))
	if int64(len(data)) > w.opt.MaxFile {
		return data, tooBig
	}
	if err != nil {
		return data, "read: " + errText(err)
	}
	return data, ""
}
