package sqlite

import (
	"context"
	"database/sql"
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
