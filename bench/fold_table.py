"""Write domain/search/fold_table.py: traditional (and Hong Kong variant) characters to
simplified, one character to one, from OpenCC's t2s and hk2s tables."""
import sys

import opencc

t2s, hk2s = opencc.OpenCC("t2s"), opencc.OpenCC("hk2s")
pairs = {}
for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF)):
    for cp in range(lo, hi + 1):
        ch = chr(cp)
        for conv in (hk2s, t2s):
            out = conv.convert(ch)
            if len(out) == 1 and out != ch and ch not in pairs:
                pairs[ch] = out
# fold to a fixed point (a -> b -> c becomes a -> c)
for k in list(pairs):
    v = pairs[k]
    while v in pairs and pairs[v] != v:
        v = pairs[v]
    pairs[k] = v
keys = "".join(sorted(pairs))
vals = "".join(pairs[k] for k in sorted(pairs))
print(len(pairs), file=sys.stderr)
def chunks(s, n=44):
    return [s[i:i + n] for i in range(0, len(s), n)]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write('"""Traditional and Hong Kong variant characters folded to simplified, one character\n'
            "to one (generated once from OpenCC 1.4.2's t2s and hk2s tables by\n"
            'bench/fold_table.py; do not edit by hand)."""\n\n')
    f.write("TRADITIONAL = (\n")
    for c in chunks(keys):
        f.write(f'    "{c}"\n')
    f.write(")\nSIMPLIFIED = (\n")
    for c in chunks(vals):
        f.write(f'    "{c}"\n')
    f.write(")\n")
