import json, itertools, random, sys, datetime
from lib import *
import part1, part2, part3, part4

combos = list(itertools.product([False, True], repeat=5))
order = list(range(32)); random.Random(7).shuffle(order)
methods = ["verbal", "written", "recorded"]
for k, d in enumerate(INTERVIEWS):
    at = datetime.datetime.fromisoformat(d["interviewedAt"]) - datetime.timedelta(minutes=5)
    if k < 32:
        bits = combos[order[k]]
    else:
        bits = (True, True, True, True, True)
    method = "recorded" if bits[0] and k % 2 == 0 else methods[k % 2]
    d["consent"] = consent(bits, method, at.isoformat())
    if not d["consent"]["verbatimQuotes"]:
        for s in d["segments"]:
            s.pop("quotable", None)

# Consent never recorded: a planned interview, so nothing but the pseudonym and metadata.
INTERVIEWS.append({"id": str(uuid.uuid5(NS, "demo-34")), "pseudonym": "Миша", "interviewedAt": "2022-11-16T19:00:00+05:00",
    "interviewer": "demo-field-team-2", "language": "ru", "place": "Bukhara", "currentCity": "bukhara", "originCity": "moscow",
    "profession": "musician", "ageBand": "50-59", "gender": "man", "departure": {"date": "2022-09-30", "wave": "mobilization-2022"},
    "themes": [], "consent": {"participation": False, "audioRecording": False, "verbatimQuotes": False,
    "publishUnderPseudonym": False, "shareAnonymizedForResearch": False, "recontact": False, "method": None,
    "recordedAt": None, "withdrawnAt": None}, "identity": {"realName": "", "contact": "", "mentionedPeople": []},
    "transcript": "", "segments": [], "notes": [], "status": "draft"})
REVIEW.append({"id": INTERVIEWS[-1]["id"], "steps": [], "comments": []})
for i, d in enumerate(INTERVIEWS[:-1]):
    n = len(d["transcript"].encode("utf-8"))
    assert 1024 <= n <= 4096, (d["pseudonym"], n)
    if d["interviewer"] == "demo-field-team-1" and i % 3 == 2:
        d["interviewer"] = "demo-field-team-2"
doc = {"format": "caravan-interviews", "version": 1, "interviews": INTERVIEWS}
out = sys.argv[1]  # the resource folder, app/caravan/demo
with open(out + "/interviews.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
review = {"format": "caravan-demo-review", "version": 1, "userName": "demo-editor", "role": "desk",
          "deskRecipientLabel": "Demo desk (fictional; nobody holds its key)", "interviews": REVIEW}
with open(out + "/review.json", "w", encoding="utf-8") as f:
    json.dump(review, f, ensure_ascii=False, indent=1); f.write("\n")
from collections import Counter
print(len(INTERVIEWS), Counter(r["steps"][-1] if r["steps"] else "draft" for r in REVIEW))
print("themes", sorted({t for d in INTERVIEWS for s in d["segments"] for t in s["themes"]}))
print("quotable", sum(1 for d in INTERVIEWS for s in d["segments"] if s.get("quotable")))
print("sizes", sorted(len(d["transcript"].encode()) for d in INTERVIEWS))
