package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/article"
	"sitrep/internal/ingest"
	"sitrep/internal/server"
	"sitrep/internal/store"
)

func (a *app) serveCmd() *cobra.Command {
	var allowIngest, allowReview bool
	token := a.cfg.Token
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the analyst's desk: a web UI and the JSON API (/api/v1) over the archive",
		Long: `Serves the desk on --addr (default 127.0.0.1:8080): pages for articles, entities, events
(filters, weekly charts, maps, exports), incidents, outlets, authors and quarantine, and the
JSON API under /api/v1 (OpenAPI document at /api/v1/openapi.json). Every asset is in the
binary; nothing is loaded from the network. The archive is opened read-only unless
--allow-ingest, which enables uploads through the same pipeline as sitrep ingest, or
--allow-review, which enables review forms on article pages. Listening
beyond localhost, writes need a token (--token or SITREP_TOKEN, else one is made and printed).
Ctrl-C stops it gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			addr := a.cfg.Addr
			if addr == "" {
				addr = "127.0.0.1:8080"
			}
			log, err := a.logger()
			if err != nil {
				return err
			}
			st, err := a.open(allowIngest || allowReview)
			if err != nil {
				return err
			}
			defer st.Close()
			opt := server.Options{Store: st, Countries: kbCountries, Logger: log, Token: token}
			if allowIngest {
				ann, _, err := a.reader()
				if err != nil {
					return err
				}
				opt.Ingest = uploader(st, ann)
			}
			opt.Review = allowReview
			if (allowIngest || allowReview) && opt.Token == "" && !loopback(addr) {
				opt.Token = newToken()
				fmt.Fprintf(a.cfg.Stderr, "sitrep: writes (uploads, reviews) need this token (Authorization: Bearer …): %s\n", opt.Token)
			}
			srv, err := server.New(opt)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return usageErr("serve: %w", err)
			}
			hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute,
				BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(a.ctx) }}
			fmt.Fprintf(a.cfg.Stderr, "sitrep: serving the desk on http://%s/ (Ctrl-C stops)\n", ln.Addr())
			done := make(chan error, 1)
			go func() { done <- hs.Serve(ln) }()
			select {
			case err := <-done:
				return err
			case <-a.ctx.Done():
			}
			// Graceful: finish the requests in flight, up to a limit.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := hs.Shutdown(ctx); err != nil {
				hs.Close()
			}
			fmt.Fprintln(a.cfg.Stderr, "sitrep: desk stopped")
			return nil
		},
	}
	cmd.Flags().StringVar(&a.cfg.Addr, "addr", a.cfg.Addr, "listen on HOST:PORT (default 127.0.0.1:8080; env SITREP_ADDR)")
	cmd.Flags().BoolVar(&allowIngest, "allow-ingest", false, "open the archive for writing and accept uploads (POST /api/v1/ingest, /ingest)")
	cmd.Flags().BoolVar(&allowReview, "allow-review", false, "open the archive for writing and accept analysts' reviews (POST /api/v1/events/{id}/reviews, forms on article pages)")
	cmd.Flags().StringVar(&token, "token", token, "token that uploads must give (env SITREP_TOKEN); made up when listening beyond localhost without one")
	return cmd
}

// loopback reports whether addr listens on this machine only.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func newToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// uploader runs an upload through ingest.Run, the pipeline of sitrep
// ingest: the body is written to a private temporary file under its name,
// so that sniffing, validation, quarantine and reports are the CLI's.
func uploader(st store.Store, annotate ingest.Annotator) server.IngestFunc {
	return func(ctx context.Context, name, format string, body io.Reader) ([]server.IngestResult, error) {
		dir, err := os.MkdirTemp("", "sitrep-upload")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		path := filepath.Join(dir, filepath.Base(name))
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		_, err = io.Copy(f, body)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, fmt.Errorf("upload %s: %w", name, err)
		}
		var out []server.IngestResult
		_, err = ingest.Run(ctx, st, []string{path}, ingest.Options{Format: article.Format(format), KeepRaw: true, Annotate: annotate, Workers: 1},
			func(r ingest.Result) {
				out = append(out, server.IngestResult{Source: strings.TrimPrefix(r.Source, dir+string(filepath.Separator)),
					ID: r.ID, Status: string(r.Status), Reason: r.Reason, DuplicateOf: r.DuplicateOf})
			})
		if err != nil && !errors.Is(err, context.Canceled) {
			return out, fmt.Errorf("ingest %s: %w", name, err)
		}
		return out, err
	}
}
