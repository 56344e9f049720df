package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"sitrep/internal/store"
)

// batchTx is a write transaction that prepares each statement once for the
// whole batch: modernc's driver would otherwise parse the SQL on every call,
// which costs more than the insert itself. It also remembers which entities
// the batch wrote, so they are written once per archive, not once per mention.
type batchTx struct {
	*sql.Tx
	stmts    map[string]*sql.Stmt
	entities map[string]string // id → stored JSON, merged into DB.entities on commit
}

func newBatchTx(tx *sql.Tx) *batchTx {
	return &batchTx{Tx: tx, stmts: map[string]*sql.Stmt{}, entities: map[string]string{}}
}

func (b *batchTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := b.stmts[q]; ok {
		return st, nil
	}
	st, err := b.Tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	b.stmts[q] = st
	return st, nil
}

func (b *batchTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := b.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (b *batchTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := b.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (b *batchTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := b.stmt(ctx, q)
	if err != nil {
		return b.Tx.QueryRowContext(ctx, q, args...) // reports the same error on Scan
	}
	return st.QueryRowContext(ctx, args...)
}

func (b *batchTx) close() {
	for _, st := range b.stmts {
		st.Close()
	}
}

// article writes one article of a batch inside its own savepoint, so that
// it is all there or not there whatever the others do. The result says
// what became of the article; the error is the batch's (the transaction
// itself failed).
func (b *batchTx) article(ctx context.Context, what, id string, write func() error) (store.PutResult, error) {
	var res store.PutResult
	if _, err := b.ExecContext(ctx, `SAVEPOINT article`); err != nil {
		return res, fmt.Errorf("%s %s: %w", what, id, err)
	}
	if err := write(); err != nil {
		res.Err = fmt.Errorf("%s %s: %w", what, id, err)
		if _, err := b.ExecContext(ctx, `ROLLBACK TO article`); err != nil {
			return res, fmt.Errorf("%s %s: rollback: %w", what, id, err)
		}
	} else {
		res.Status = store.StatusNew
	}
	if _, err := b.ExecContext(ctx, `RELEASE article`); err != nil {
		return res, fmt.Errorf("%s %s: %w", what, id, err)
	}
	return res, nil
}
