import json, uuid, itertools

NS = uuid.UUID("6d656d6f-6361-7261-7661-6e2d64656d6f")
OFFSETS = {"bukhara": "+05:00", "samarkand": "+05:00", "tashkent": "+05:00", "fergana": "+05:00",
           "bishkek": "+06:00", "osh": "+06:00", "almaty": "+06:00", "astana": "+06:00",
           "tbilisi": "+04:00", "yerevan": "+04:00", "istanbul": "+03:00", "dubai": "+04:00",
           "belgrade": "+01:00", "budva": "+01:00", "riga": "+02:00", "bangkok": "+07:00"}
INTERVIEWS = []
REVIEW = []

def iv(n, pseudonym, at, city, origin, profession, age, gender, dep, wave, themes, status, transcript,
       segments=(), notes=(), identity=None, comments=(), steps=None, language="ru", place=None,
       consent=None, interviewer="demo-field-team-1", withdraw_at=None):
    city_at = at if "+" in at[10:] else at + OFFSETS[city]
    sid = str(uuid.uuid5(NS, "demo-%02d" % n))
    text = transcript.strip("\n")
    segs = []
    for phrase, th, memo, *rest in segments:
        i = text.find(phrase)
        assert i >= 0, (n, phrase)
        assert text.find(phrase, i + 1) < 0, ("ambiguous", n, phrase)
        s = {"start": i, "end": i + len(phrase), "themes": th, "memo": memo}
        if rest and rest[0]:
            s["quotable"] = True
        segs.append(s)
    d = {"id": sid, "pseudonym": pseudonym, "interviewedAt": city_at, "interviewer": interviewer,
         "language": language, "place": place or city, "currentCity": city, "originCity": origin,
         "profession": profession, "ageBand": age, "gender": gender}
    if dep or wave:
        d["departure"] = {"date": dep, "wave": wave}
    d["themes"] = themes
    d["consent"] = consent
    d["identity"] = identity
    d["transcript"] = text
    d["segments"] = segs
    d["notes"] = [{"offset": o, "text": t} for o, t in notes]
    INTERVIEWS.append(d)
    for q, _, _ in comments:
        assert text.count(q) == 1, (n, q)
    r = {"id": sid, "steps": steps if steps is not None else PATHS[status],
         "comments": [{"quote": q, "body": b, "resolved": res} for q, b, res in comments]}
    if withdraw_at:
        r["withdrawnAt"] = withdraw_at
    REVIEW.append(r)

PATHS = {"draft": [], "submitted": ["submitted"], "in-review": ["submitted", "in-review"],
         "changes-requested": ["submitted", "in-review", "changes-requested"],
         "approved": ["submitted", "in-review", "approved"],
         "archived": ["submitted", "in-review", "approved", "archived"]}

def consent(bits, method="verbal", at=None, participation=True):
    audio, verbatim, publish, share, recontact = bits
    return {"participation": participation, "audioRecording": audio, "verbatimQuotes": verbatim,
            "publishUnderPseudonym": publish, "shareAnonymizedForResearch": share, "recontact": recontact,
            "method": method, "recordedAt": at, "withdrawnAt": None}
