#!/usr/bin/env python3
"""Amount recall and precision of `deptbudget tables` against `pdftotext -layout`, per file.

An interim measure (the `deptbudget eval reading` command replaces it): every amount (a number with a
decimal point, thousands commas allowed) that pdftotext prints on a line holding at least two cells is
looked for in the CSVs `tables` exports, as a multiset. Recall = found / printed; precision = CSV amounts
that pdftotext prints / CSV amounts.

usage: scripts/amount-recall.py DEPTBUDGET_BINARY FILE.pdf [FILE.pdf ...]
       (for a disclosure in several files, join them with '+': A-text.pdf+A-tables.pdf)
"""
import collections, csv, glob, os, re, subprocess, sys, tempfile

AMOUNT = re.compile(r'^-?\d{1,3}(,\d{3})*(\.\d+)$|^-?\d+\.\d+$')

def norm(tok):
    return tok.replace(',', '')

def printed(pdf):
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    amounts = collections.Counter()
    for line in text.splitlines():
        cells = [c for c in re.split(r'\s{2,}', line.strip()) if c]
        if len(cells) < 2: continue
        for tok in line.split():
            if AMOUNT.match(tok): amounts[norm(tok)] += 1
    return amounts

def exported(binary, pdfs):
    out = tempfile.mkdtemp()
    r = subprocess.run([binary, 'tables', *pdfs, '-o', out], capture_output=True, text=True)
    amounts = collections.Counter()
    for f in glob.glob(os.path.join(out, '*.csv')):
        with open(f, encoding='utf-8-sig') as fh:
            for row in csv.reader(fh):
                for cell in row:
                    if AMOUNT.match(cell.strip()): amounts[norm(cell.strip())] += 1
    return amounts, r.returncode, (r.stderr.strip().splitlines() or [''])[-1]

def main():
    binary = sys.argv[1]
    total_p = total_e = total_hit = total_ok = 0
    for arg in sys.argv[2:]:
        pdfs = arg.split('+')
        p = collections.Counter()
        for pdf in pdfs: p += printed(pdf)
        e, rc, err = exported(binary, pdfs)
        hit = sum((p & e).values()); ok = sum((e & p).values())
        total_p += sum(p.values()); total_e += sum(e.values()); total_hit += hit; total_ok += ok
        rec = 100 * hit / max(1, sum(p.values())); pre = 100 * ok / max(1, sum(e.values()))
        name = '+'.join(os.path.basename(x) for x in pdfs)
        print(f'{name}\tprinted {sum(p.values())}\texported {sum(e.values())}\trecall {rec:.1f}%\tprecision {pre:.1f}%' + (f'\texit {rc}: {err[:80]}' if rc else ''))
    print(f'ALL\tprinted {total_p}\texported {total_e}\trecall {100*total_hit/max(1,total_p):.1f}%\tprecision {100*total_ok/max(1,total_e):.1f}%')

main()
