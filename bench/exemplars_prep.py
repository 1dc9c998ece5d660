"""Input of `bench/exemplars_loso.py`: every read set's single questions, out-of-scope lines and
first dialogue turns (and answers53's, held out by the LOSO script), each understood as the bot
understands it (records named, the request the FAQ match embeds) and that request embedded as an
e5 query vector (float16). Writes <out>.json (items) and <out>.npz (reqs, vecs). ~1 h of one core
under load (3.5 ms to understand a message, 25-60 ms to embed one).

Example: .venv/bin/python bench/exemplars_prep.py /tmp/exem19/prep
"""
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/exem19/prep'
from bot.app import build_services
from bot.settings import Settings
from intents import lexicon
from intents.brain import read_as_standard
from intents.exemplars import READ_SETS

SETS = list(dict.fromkeys([*READ_SETS, 'answers53']))  # never a blind set
base = Path('intents/data/test')
items = []
for s in SETS:
    for lang in ('en', 'es', 'zh', 'ko'):
        p = base / s / f'questions.{lang}.yml'
        if p.exists():
            d = yaml.safe_load(p.read_text()) or {}
            for q in d.get('questions') or []:
                items.append({'set': s, 'lang': lang, 'kind': 'q', 'text': str(q['q']), 'expect': q['expect']})
            for t in d.get('out_of_scope') or []:
                items.append({'set': s, 'lang': lang, 'kind': 'oos', 'text': str(t), 'expect': 'out_of_scope'})
        p = base / s / f'dialogues.{lang}.yml'
        if p.exists():
            d = yaml.safe_load(p.read_text()) or {}
            for dl in d.get('dialogues') or []:
                turns = dl.get('turns') or []
                if turns and 'say' in turns[0] and 'expect' in turns[0]:
                    items.append({'set': s, 'lang': lang, 'kind': 'd1', 'text': str(turns[0]['say']), 'expect': turns[0]['expect'],
                                      'dialogue': dl.get('name'), 'profile': dl.get('profile')})
print(len(items), flush=True)
tmp = tempfile.mkdtemp()
settings = Settings().model_copy(update={'bot_data_dir': Path(tmp), 'bot_token': None})
sv = build_services(settings)
brain = sv.brain
kb = brain.knowledge.current
emb = brain.understander.embedder
t0 = time.time()
for i, it in enumerate(items):
    text, _ = read_as_standard(lexicon.closing_question(it['text'].strip())[-2000:])
    u = brain.understander.understand(text, kb)
    it['std'] = text
    it['records'] = [list(r) for r in u.records()]
    it['request'] = u.nearest.text if u.nearest else ''
    it['ordinal'] = u.ordinal is not None
    it['refers'] = bool(u.refers)
    it['switch'] = bool(u.switch_lang)
    if i % 2000 == 0: print(i, time.time() - t0, flush=True)
reqs = list(dict.fromkeys(it['request'] for it in items if it['request']))
print('requests', len(reqs), flush=True)
vecs = np.zeros((len(reqs), 384), np.float32)
for a in range(0, len(reqs), 32):
    vecs[a:a+32] = np.asarray(emb.model.query(reqs[a:a+32]), np.float32).reshape(-1, 384)
    if a % 1600 == 0: print('emb', a, time.time() - t0, flush=True)
np.savez(f'{OUT}.npz', reqs=np.array(reqs), vecs=vecs.astype(np.float16))
Path(f'{OUT}.json').write_text(json.dumps(items, ensure_ascii=False))
print('done', time.time() - t0)
