#!/bin/sh
# Rebuilds the entity sheets of the final draws (sessions 21 and 22, docs/judging.md)
# without their judgements: each tree is built and reads the shared corpus,
# and each draw takes its seed and leaves out the sheets drawn before it, as
# it did then. Later draws pass these sheets to entity-sample.py so that no
# pair a judge has read is drawn again. Sheets hold corpus text: keep them
# out of the repository.
# Usage: scripts/final-sheets.sh OUTDIR   (about ten minutes)
set -eu
out=${1:?usage: final-sheets.sh OUTDIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
top=$(git rev-parse --show-toplevel)
shared=${SITREP_SHARED:-$top/../shared}
for c in 02d8ed1 e500b0f de084b0; do
	wt="$out/tree-$c"
	[ -d "$wt" ] || git -C "$top" worktree add --detach "$wt" "$c" >/dev/null
	(cd "$wt" && go build -o "$out/sitrep-$c" ./cmd/sitrep)
	rm -f "$out/$c.db"*
	"$out/sitrep-$c" --db "$out/$c.db" ingest "$shared"/corpus/*.jsonl.gz >/dev/null
	git -C "$top" worktree remove --force "$wt"
done
s="python3 $top/scripts/entity-sample.py"
f=$out
# session 21, reading .225 (02d8ed1) and .226 (e500b0f)
for n in 8201 8202 8203 8204; do $s "$out/02d8ed1.db" wikifinal $n 100 >"$f/f$n.tsv"; done
for n in 8205 8206 8207; do $s "$out/02d8ed1.db" wcepfinal $n 100 >"$f/f$n.tsv"; done
w="$f/f8201.tsv $f/f8202.tsv $f/f8203.tsv $f/f8204.tsv"
p="$f/f8205.tsv $f/f8206.tsv $f/f8207.tsv"
for n in 8208 8209 8210; do $s "$out/e500b0f.db" wikifinal $n 100 $w >"$f/f$n.tsv"; w="$w $f/f$n.tsv"; done
for n in 8211 8212; do $s "$out/e500b0f.db" wcepfinal $n 100 $p >"$f/f$n.tsv"; p="$p $f/f$n.tsv"; done
# session 22, reading .233 (de084b0)
for n in 8213 8214 8215; do $s "$out/de084b0.db" wikifinal $n 100 $w >"$f/f$n.tsv"; w="$w $f/f$n.tsv"; done
for n in 8216 8217; do $s "$out/de084b0.db" wcepfinal $n 100 $p >"$f/f$n.tsv"; p="$p $f/f$n.tsv"; done
for n in 8218 8219 8220; do $s "$out/de084b0.db" wikifinal $n 100 $w >"$f/f$n.tsv"; w="$w $f/f$n.tsv"; done
echo "$f: final sheets f8201-f8220"
