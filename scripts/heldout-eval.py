#!/usr/bin/env python3
"""Makes a relevance set of the kinds in ../shared/eval/README.md from a corpus export, with a seed of
your choice: queries the engine was never tuned on, to check that what the dev set measures holds up.

    ./debattsok export --corpus ../shared/corpus/riksdagen-interpellations > /tmp/docs.jsonl
    python3 scripts/heldout-eval.py /tmp/docs.jsonl 7 h1 /tmp/heldout    # (apt-get install python3-snowballstemmer)
    ./debattsok eval --topics /tmp/heldout/h1.topics.tsv --qrels /tmp/heldout/h1.qrels

`prox` queries are made as ../shared/eval/ipq-dev-prox's are: common expressions typed without quotes.

Relevance is made as the dev set's README describes (Snowball stems and word lists), so it is as
approximate: for comparing versions, not for absolute claims. One difference from the dev set: names
in `known` queries may be any person of the debate, participants included.
"""
import collections
import json
import os
import random
import re
import sys

import snowballstemmer

STEMMER = snowballstemmer.stemmer('swedish')
WORD = re.compile(r"[a-zåäöéü]+")
FOLD = str.maketrans('åäöé', 'aaoe')
KEYBOARD = ['qwertyuiopå', 'asdfghjklöä', 'zxcvbnm']
BREAK = re.compile(r"[^a-zåäöéü\s]+")


def main(export, seed, prefix, out):
    docs = {}
    texts = {}  # the words of the text alone, without the list of people: what known2 counts
    runs = {}  # the title and text as runs of words that no number or punctuation breaks, for prox
    for line in open(export, encoding='utf-8'):
        d = json.loads(line)
        parts = [d.get('title') or '', d.get('heading') or ''] + d['paragraphs']
        texts[d['id']] = collections.Counter(WORD.findall(' '.join(parts).lower()))
        runs[d['id']] = '|'.join(' ' + ' '.join(WORD.findall(run)) + ' ' for p in parts for run in BREAK.split(p.lower()))

        docs[d['id']] = texts[d['id']] + collections.Counter(WORD.findall(' '.join(p['name'] for p in d['people']).lower()))
    df = collections.Counter()
    for words in docs.values():
        df.update(words.keys())
    stems = {w: STEMMER.stemWord(w) for w in df}
    forms = collections.defaultdict(set)
    stem_docs = collections.defaultdict(set)
    for w in df:
        forms[stems[w]].add(w)
    for i, words in docs.items():
        for w in words:
            stem_docs[stems[w]].add(i)
    rnd = random.Random(seed)
    ids = sorted(docs)
    topics, qrels = [], []

    def add(category, n, query, relevant):
        qid = f'{prefix}-{category}-{n:03d}'
        topics.append(f'{qid}\t{query}')
        qrels.extend(f'{qid} 0 {d} {g}' for d, g in sorted(relevant.items()))

    # known: 3 words from one document, about half in another inflected form
    n = 0
    while n < 50:
        d = rnd.choice(ids)
        words = docs[d]
        candidates = [w for w in words if len(w) >= 4 and df[w] <= 300 and w != 'none']
        if len(candidates) < 3:
            continue
        query = []
        for w in rnd.sample(candidates, 3):
            others = sorted(f for f in forms[stems[w]] if f not in words)
            query.append(rnd.choice(others) if others and rnd.random() < 0.5 else w)
        n += 1
        add('known', n, ' '.join(query), {d: 2})
    # known2: 2 words of 20-400 documents (as the dev set's) that occur at least twice in one document
    n = 0
    while n < 50:
        d = rnd.choice(ids)
        # Counted in the text: a name also in the list of people would count twice for every
        # document of that person (the sets made before 117dcbc, 2026-12-01, had names in half their queries,
        # the dev set in about one in eight).
        candidates = [w for w, k in texts[d].items() if k >= 2 and len(w) >= 4 and 20 <= df[w] <= 400]
        if len(candidates) < 2:
            continue
        n += 1
        add('known2', n, ' '.join(rnd.sample(candidates, 2)), {d: 2})
    # fold: a word with å/ä/ö typed without them (its folded form in no document; 10+ relevant)
    candidates = sorted(w for w in df if re.search('[åäö]', w) and len(w) >= 6 and 5 <= df[w] <= 2000
                        and w.translate(FOLD) not in df and len(stem_docs[stems[w]]) >= 10)
    for n, w in enumerate(rnd.sample(candidates, 50), 1):
        add('fold', n, w.translate(FOLD), {d: 2 for d in stem_docs[stems[w]]})
    # typo: one slip of the keyboard (a letter left out, swapped, a neighbour's instead or besides)
    near = collections.defaultdict(set)
    for r, row in enumerate(KEYBOARD):
        for i, ch in enumerate(row):
            for rr in (r - 1, r, r + 1):
                for j in (i - 1, i, i + 1):
                    if 0 <= rr < len(KEYBOARD) and 0 <= j < len(KEYBOARD[rr]) and KEYBOARD[rr][j] != ch:
                        near[ch].add(KEYBOARD[rr][j])
    candidates = sorted(w for w in df if len(w) >= 8 and 5 <= df[w] <= 500)
    n = 0
    for w in rnd.sample(candidates, 400):
        if n == 50:
            break
        kind, i = rnd.randrange(4), rnd.randrange(1, len(w) - 1)
        neighbour = rnd.choice(sorted(near[w[i]] or {'e'}))
        typo = [w[:i] + w[i + 1:], w[:i] + w[i + 1] + w[i] + w[i + 2:], w[:i] + neighbour + w[i + 1:],
                w[:i] + neighbour + w[i:]][kind]
        if typo != w and typo not in df:
            n += 1
            add('typo', n, typo, {d: 2 for d in stem_docs[stems[w]]})
    # compound: a plain word of 300-3,000 documents; grade 2 = documents that hold it only inside
    # compounds ending in it, grade 1 = documents with the word itself
    all_stems = list(stem_docs)
    candidates = sorted(w for w in df if len(w) >= 5 and 300 <= df[w] <= 3000)
    n = 0
    for w in rnd.sample(candidates, len(candidates)):
        if n == 27:
            break
        s = stems[w]
        if len(s) < 4:
            continue
        inside = set()
        for t in all_stems:
            if len(t) >= len(s) + 3 and t.endswith(s):
                inside |= stem_docs[t]
        only = inside - stem_docs[s]
        if len(only) < 10:
            continue
        n += 1
        relevant = {d: 1 for d in stem_docs[s]}
        relevant.update({d: 2 for d in only})
        add('compound', n, w, relevant)
    # prox: a 3-word expression typed without quotes, held side by side by 8-100 documents and
    # apart (all its words, not together) by at least four times as many; grade 2 = the documents
    # whose title or text holds the words next to each other in that order. A random stream of its
    # own, so that the other categories of a seed stay as they were.
    prnd = random.Random(seed * 7919 + 19)
    word_docs = collections.defaultdict(set)
    for i, words in texts.items():
        for w in words:
            word_docs[w].add(i)
    seen = set()
    n = 0
    while n < 40:
        d = prnd.choice(ids)
        run = prnd.choice(runs[d].split('|')).split()
        size = 3
        if len(run) < size:
            continue
        start = prnd.randrange(len(run) - size + 1)
        words = run[start:start + size]
        if max(map(len, words)) < 4 or 'none' in words or ' '.join(words) in seen:
            continue
        seen.add(' '.join(words))
        holding = set.intersection(*(word_docs[w] for w in words))
        together = {i for i in holding if ' ' + ' '.join(words) + ' ' in runs[i]}
        if 8 <= len(together) <= 100 and len(holding) >= 5 * len(together):
            n += 1
            add('prox', n, ' '.join(words), {i: 2 for i in together})
    os.makedirs(out, exist_ok=True)
    with open(f'{out}/{prefix}.topics.tsv', 'w', encoding='utf-8') as f:
        f.write('\n'.join(topics) + '\n')
    with open(f'{out}/{prefix}.qrels', 'w', encoding='utf-8') as f:
        f.write('\n'.join(qrels) + '\n')


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit('usage: heldout-eval.py EXPORT.jsonl SEED PREFIX OUT_DIR')
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
