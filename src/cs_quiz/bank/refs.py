"""Checks across a bank file: unique ids, references between them, bands, scenario keys, coverage.

Runs after the structural pass (:mod:`cs_quiz.bank.check`) on whatever parts are well-formed, skipping shapes that
pass already reported.
"""

from __future__ import annotations

import math
from typing import Any

from cs_quiz.bank.check import Checker, Issue, suggest, vpos
from cs_quiz.bank.yamlsafe import LDict, LList

SCORED_TYPES = ("likert", "single", "multi", "scenario")


def _items(data: Any, key: str) -> list[tuple[int, LDict]]:
    """The well-formed mappings in the list ``data[key]``, with their indexes."""
    value = data.get(key) if isinstance(data, LDict) else None
    if not isinstance(value, LList):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, LDict)]


def _ids(c: Checker, data: Any, key: str, kind: str) -> dict[str, LDict]:
    """Index the items of ``data[key]`` by id, reporting duplicates."""
    out: dict[str, LDict] = {}
    for i, item in _items(data, key):
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in out:
            first = out[ident].val_pos.get("id", out[ident].pos)
            c.add(
                vpos(item, "id"),
                f"{key}[{i}].id",
                f"duplicate {kind} id '{ident}' (first at line {first[0]})",
            )
        else:
            out[ident] = item
    return out


def _ref(c: Checker, container: LDict | LList, key: Any, path: str, known: dict[str, Any], kind: str) -> bool:
    value = container[key]
    if not isinstance(value, str):  # a list or a number where an id goes: the structural check has said so
        return False
    if value in known:
        return True
    c.add(vpos(container, key), path, f"no {kind} has the id '{value}'{suggest(value, known)}")
    return False


class RefChecker:
    def __init__(self, c: Checker, data: LDict) -> None:
        self.c = c
        self.data = data
        self.scales = _ids(c, data, "scales", "scale")
        self.comps = _ids(c, data, "competencies", "competency")
        self.questions = _ids(c, data, "questions", "question")
        self.sections = _ids(c, data, "sections", "section")
        self.bands = _ids(c, data, "bands", "band")
        # A bank without bands gives a profile (an inventory, a quiz): nothing may ask for a band or readiness.
        self.profile = "bands" not in data
        self.stages = _ids(c, data, "career_path", "stage")
        self.certs = _ids(c, data, "certifications", "certification")
        self.assocs = _ids(c, data, "associations", "association")
        _ids(c, data, "caps", "cap")
        _ids(c, data, "advice", "rule")
        _ids(c, data, "specialisations", "specialisation")

    def run(self) -> None:
        self.scales_ok()
        self.questions_ok()
        self.sections_ok()
        self.bands_ok()
        self.competencies_ok()
        for i, cap in _items(self.data, "caps"):
            if self.profile:
                self._no_bands(cap, "id", f"caps[{i}]", "a cap holds the readiness band down")
            elif "band" in cap:
                _ref(self.c, cap, "band", f"caps[{i}].band", self.bands, "band")
        quality = self.data.get("quality")
        if isinstance(quality, LDict):
            for i, item in _items(quality, "contradictions"):
                if "when" in item:
                    self.condition(item, "when", f"quality.contradictions[{i}].when")
        for key in ("career_path", "certifications", "advice", "caps", "specialisations"):
            for i, item in _items(self.data, key):
                for field in ("when", "eligible_when", "held_when", "suits"):
                    if field in item:
                        # The stage is placed first, from conditions: only what comes after may ask it.
                        staged = key in ("advice", "specialisations")
                        # A certification's own conditions asking eligibility could go round in a circle.
                        own = key == "certifications"
                        self.condition(
                            item, field, f"{key}[{i}].{field}", stage_allowed=staged, eligible_allowed=not own
                        )
        for i, rule in _items(self.data, "advice"):
            for field, known, kind in (
                ("certifications", self.certs, "certification"),
                ("associations", self.assocs, "association"),
            ):
                refs = rule.get(field)
                if isinstance(refs, LList):
                    for j in range(len(refs)):
                        _ref(self.c, refs, j, f"advice[{i}].{field}[{j}]", known, kind)
            if not any(rule.get(k) for k in ("next_steps", "certifications", "associations")):
                self.c.add(
                    rule.pos,
                    f"advice[{i}]",
                    f"rule '{rule.get('id')}' recommends nothing: give next_steps, certifications or associations",
                )
        for i, spec in _items(self.data, "specialisations"):
            profile = spec.get("profile")
            if isinstance(profile, LDict):
                for key in profile:
                    if key not in self.comps:
                        self.c.add(
                            profile.key_pos[key],
                            f"specialisations[{i}].profile.{key}",
                            f"no competency has the id '{key}'{suggest(key, self.comps)}",
                        )
        self.quality_ok()

    def scales_ok(self) -> None:
        for i, scale in _items(self.data, "scales"):
            seen: set[Any] = set()
            for j, point in _items(scale, "values"):
                value = point.get("value")
                if not isinstance(value, int | float | str) or isinstance(value, bool):
                    continue  # the structural check has said what it must be
                if value in seen:
                    self.c.add(
                        vpos(point, "value"),
                        f"scales[{i}].values[{j}].value",
                        f"scale '{scale.get('id')}' has the value {value} twice",
                    )
                seen.add(value)

    def questions_ok(self) -> None:
        for i, q in _items(self.data, "questions"):
            path = f"questions[{i}]"
            qtype = q.get("type")
            seen: dict[str, LDict] = {}
            for j, opt in _items(q, "options"):
                oid = opt.get("id")
                if isinstance(oid, str):
                    if oid in seen:
                        self.c.add(
                            vpos(opt, "id"),
                            f"{path}.options[{j}].id",
                            f"question '{q.get('id')}' has two options with the id '{oid}'",
                        )
                    seen[oid] = opt
                several = qtype == "multi" or (qtype == "profile" and q.get("input") == "multi")
                if opt.get("exclusive") is True and not several:
                    self.c.add(
                        vpos(opt, "exclusive"),
                        f"{path}.options[{j}].exclusive",
                        f"question '{q.get('id')}' takes one answer, so no option needs 'exclusive'; "
                        "it is for questions where several can be chosen",
                    )
                scores = opt.get("scores")
                if isinstance(scores, LDict):
                    if qtype == "profile":
                        self.c.add(
                            vpos(opt, "scores"),
                            f"{path}.options[{j}].scores",
                            "profile questions score nothing; remove 'scores'",
                        )
                    for key in scores:
                        if key not in self.comps:
                            self.c.add(
                                scores.key_pos[key],
                                f"{path}.options[{j}].scores.{key}",
                                f"no competency has the id '{key}'{suggest(key, self.comps)}",
                            )
            if qtype == "likert":
                if "competency" in q:
                    _ref(self.c, q, "competency", f"{path}.competency", self.comps, "competency")
                if "scale" in q:
                    _ref(self.c, q, "scale", f"{path}.scale", self.scales, "scale")
            elif qtype == "scenario":
                self.scenario_key(q, path, seen)
            elif qtype == "profile":
                inp = q.get("input")
                if inp in ("choice", "multi") and "options" not in q:
                    self.c.add(q.pos, f"{path}.options", f"a {inp} profile question needs options")
                if inp == "number":
                    if "options" in q:
                        self.c.add(vpos(q, "options"), f"{path}.options", "a number question has no options")
                    lo, hi = q.get("min"), q.get("max")
                    if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
                        self.c.add(vpos(q, "min"), f"{path}.min", f"min {lo} is larger than max {hi}")
                elif "min" in q or "max" in q:
                    self.c.add(
                        vpos(q, "min" if "min" in q else "max"),
                        f"{path}.min",
                        "min and max are for number questions only",
                    )

    def scenario_key(self, q: LDict, path: str, options: dict[str, LDict]) -> None:
        key = q.get("key")
        if not isinstance(key, LDict):
            return
        ask = q.get("ask", ["best"])
        ask = [a for a in ask if isinstance(a, str)] if isinstance(ask, list) else ["best"]
        for which in ("best", "worst"):
            if which in ask and which not in key:
                self.c.add(
                    key.pos,
                    f"{path}.key.{which}",
                    f"question '{q.get('id')}' asks for the {which} response but its key has no '{which}'",
                )
        totals = {oid: _total(opt) for oid, opt in options.items()}
        for which in ("best", "worst"):
            if which not in key or not _ref(self.c, key, which, f"{path}.key.{which}", options, "option"):
                continue
            chosen = key[which]
            if not isinstance(chosen, str) or not totals or not all(math.isfinite(t) for t in totals.values()):
                continue
            pick = max if which == "best" else min
            target = pick(totals.values())
            if totals[chosen] != target:
                other = next(o for o, t in totals.items() if t == target)
                verb = "higher" if which == "best" else "lower"
                self.c.add(
                    vpos(key, which),
                    f"{path}.key.{which}",
                    f"the key says '{chosen}' is the {which} response but option '{other}' scores {verb} "
                    f"({totals[other]:g} against {totals[chosen]:g}); fix the key or the points",
                )
        if "best" in key and "worst" in key and key["best"] == key["worst"]:
            self.c.add(vpos(key, "worst"), f"{path}.key.worst", "the best and the worst response are the same option")

    def sections_ok(self) -> None:
        used: set[str] = set()
        for i, section in _items(self.data, "sections"):
            refs = section.get("questions")
            if not isinstance(refs, LList):
                continue
            seen: set[str] = set()
            for j, qid in enumerate(refs):
                if not isinstance(qid, str):
                    continue
                if qid in seen:
                    self.c.add(
                        vpos(refs, j),
                        f"sections[{i}].questions[{j}]",
                        f"section '{section.get('id')}' lists '{qid}' twice",
                    )
                seen.add(qid)
                if _ref(self.c, refs, j, f"sections[{i}].questions[{j}]", self.questions, "question"):
                    used.add(qid)
        if not self.sections:
            return
        for i, q in _items(self.data, "questions"):
            qid = q.get("id")
            if isinstance(qid, str) and qid not in used:
                self.c.add(
                    vpos(q, "id"),
                    f"questions[{i}].id",
                    f"question '{qid}' is in no section, so nobody is ever asked it",
                )

    def bands_ok(self) -> None:
        bands = [
            (i, b)
            for i, b in _items(self.data, "bands")
            if isinstance(b.get("min"), int) and isinstance(b.get("max"), int)
        ]
        for i, b in bands:
            if b["min"] > b["max"]:
                self.c.add(
                    vpos(b, "min"),
                    f"bands[{i}].min",
                    f"band '{b.get('id')}' starts ({b['min']}) after it ends ({b['max']})",
                )
        ordered = sorted(bands, key=lambda ib: (ib[1]["min"], ib[1]["max"]))
        if not ordered:
            return
        first_i, first = ordered[0]
        if first["min"] != 0:
            self.c.add(
                vpos(first, "min"),
                f"bands[{first_i}].min",
                f"the lowest band starts at {first['min']}; it must start at 0",
            )
        last_i, last = max(ordered, key=lambda ib: ib[1]["max"])
        if last["max"] != 100:
            self.c.add(
                vpos(last, "max"),
                f"bands[{last_i}].max",
                f"the highest band ends at {last['max']}; it must end at 100",
            )
        for (_, prev), (i, cur) in zip(ordered, ordered[1:], strict=False):
            if cur["min"] <= prev["max"]:
                self.c.add(
                    vpos(cur, "min"),
                    f"bands[{i}].min",
                    f"band '{cur.get('id')}' ({cur['min']}-{cur['max']}) overlaps band '{prev.get('id')}' "
                    f"({prev['min']}-{prev['max']})",
                )
            elif cur["min"] > prev["max"] + 1:
                self.c.add(
                    vpos(cur, "min"),
                    f"bands[{i}].min",
                    f"scores {prev['max'] + 1}-{cur['min'] - 1} fall in no band: band '{cur.get('id')}' "
                    f"should start at {prev['max'] + 1}",
                )

    def competencies_ok(self) -> None:
        scored: set[str] = set()
        for _, q in _items(self.data, "questions"):
            if q.get("type") == "likert" and isinstance(q.get("competency"), str):
                scored.add(q["competency"])
            elif q.get("type") in SCORED_TYPES:
                for _, opt in _items(q, "options"):
                    if isinstance(opt.get("scores"), LDict):
                        scored.update(opt["scores"])
        for i, comp in _items(self.data, "competencies"):
            cid = comp.get("id")
            if isinstance(cid, str) and cid not in scored:
                self.c.add(
                    vpos(comp, "id"),
                    f"competencies[{i}].id",
                    f"competency '{cid}' has no questions, so it can never be scored",
                )
            critical = comp.get("critical")
            if isinstance(critical, LDict) and self.profile:
                self._no_bands(comp, "critical", f"competencies[{i}].critical", "a critical gate caps the band")
            elif isinstance(critical, LDict) and "cap" in critical:
                _ref(self.c, critical, "cap", f"competencies[{i}].critical.cap", self.bands, "band")
            for j, action in _items(comp, "actions"):
                if "when" in action:
                    self.condition(action, "when", f"competencies[{i}].actions[{j}].when", stage_allowed=True)

    def _no_bands(self, where: LDict, key: str, path: str, why: str) -> None:
        self.c.add(
            vpos(where, key),
            path,
            f"this bank has no bands, so it gives no readiness and {why}: add bands, or remove this",
        )

    def condition(
        self,
        parent: LDict | LList,
        key: Any,
        path: str,
        *,
        stage_allowed: bool = False,
        eligible_allowed: bool = True,
    ) -> None:
        cond = parent[key]
        if not isinstance(cond, LDict):
            return
        for combinator in ("all", "any"):
            items = cond.get(combinator)
            if isinstance(items, LList):
                for i in range(len(items)):
                    self.condition(
                        items,
                        i,
                        f"{path}.{combinator}[{i}]",
                        stage_allowed=stage_allowed,
                        eligible_allowed=eligible_allowed,
                    )
        if "not" in cond:
            self.condition(cond, "not", f"{path}.not", stage_allowed=stage_allowed, eligible_allowed=eligible_allowed)
        if "stage" in cond:
            self.stage_condition(cond, path, stage_allowed)
        if "competency" in cond:
            _ref(self.c, cond, "competency", f"{path}.competency", self.comps, "competency")
        for subject in ("band", "readiness"):
            if subject in cond and self.profile:
                self._no_bands(cond, subject, f"{path}.{subject}", f"a {subject} condition is never true")
        if "band" in cond and not self.profile:
            self.id_or_ids(cond, "band", path, self.bands, "band")
        if "profile" in cond:
            self.profile_condition(cond, path)
        if "eligible" in cond:
            self.eligible_condition(cond, path, eligible_allowed)

    def eligible_condition(self, cond: LDict, path: str, allowed: bool) -> None:
        if not allowed:
            self.c.add(
                vpos(cond, "eligible"),
                f"{path}.eligible",
                "a certification's own conditions cannot ask 'eligible'; write what it needs instead",
            )
        elif _ref(self.c, cond, "eligible", f"{path}.eligible", self.certs, "certification"):
            cert = self.certs.get(cond["eligible"])
            if isinstance(cert, LDict) and "eligible_when" not in cert:
                self.c.add(
                    vpos(cond, "eligible"),
                    f"{path}.eligible",
                    f"certification '{cond['eligible']}' has no eligible_when, so whether someone is eligible is "
                    "never known: give it one",
                )

    def stage_condition(self, cond: LDict, path: str, allowed: bool) -> None:
        if not allowed:
            self.c.add(
                vpos(cond, "stage"),
                f"{path}.stage",
                "only advice rules, development actions and specialisations can ask the career stage: it is"
                " worked out from the other conditions first",
            )
            return
        self.id_or_ids(cond, "stage", path, self.stages, "career stage")

    def id_or_ids(self, cond: LDict, key: str, path: str, known: dict[str, LDict], kind: str) -> None:
        """``cond[key]`` is one id or a list of ids (``band``, ``stage``): each must be one of ``known``."""
        value = cond[key]
        if isinstance(value, LList):
            for i in range(len(value)):
                _ref(self.c, value, i, f"{path}.{key}[{i}]", known, kind)
        else:
            _ref(self.c, cond, key, f"{path}.{key}", known, kind)

    def profile_condition(self, cond: LDict, path: str) -> None:
        profiles = {k: q for k, q in self.questions.items() if q.get("type") == "profile"}
        if not _ref(self.c, cond, "profile", f"{path}.profile", profiles, "profile question"):
            return
        q = profiles.get(cond["profile"])
        if q is None:
            return
        inp = q.get("input")
        options = {o["id"]: o for _, o in _items(q, "options") if isinstance(o.get("id"), str)}
        fits = {
            "is": ("choice",),
            "in": ("choice",),
            "includes": ("multi",),
            "below": ("number",),
            "at_least": ("number",),
            "answered": ("choice", "multi", "number"),
        }
        for test, inputs in fits.items():
            if test in cond and inp not in inputs:
                self.c.add(
                    vpos(cond, test),
                    f"{path}.{test}",
                    f"'{test}' does not fit '{cond['profile']}', a {inp} question",
                )
                return
        for test in ("is", "includes"):
            if test in cond:
                _ref(self.c, cond, test, f"{path}.{test}", options, "option of " + cond["profile"])
        if isinstance(cond.get("in"), LList):
            for i in range(len(cond["in"])):
                _ref(self.c, cond["in"], i, f"{path}.in[{i}]", options, "option of " + cond["profile"])

    def quality_ok(self) -> None:
        quality = self.data.get("quality")
        if not isinstance(quality, LDict):
            return
        for i, pair in _items(quality, "pairs"):
            items = pair.get("items")
            if not isinstance(items, LList):
                continue
            if len(items) != 2:
                self.c.add(vpos(pair, "items"), f"quality.pairs[{i}].items", "a pair names exactly two questions")
            likerts = {k: q for k, q in self.questions.items() if q.get("type") == "likert"}
            for j in range(len(items)):
                _ref(self.c, items, j, f"quality.pairs[{i}].items[{j}]", likerts, "likert question")


def _total(opt: LDict) -> float:
    scores = opt.get("scores")
    if not isinstance(scores, LDict):
        return 0.0
    return float(sum(v for v in scores.values() if isinstance(v, (int, float)) and not isinstance(v, bool)))


def check_references(data: LDict) -> list[Issue]:
    checker = Checker(data)
    RefChecker(checker, data).run()
    return checker.issues
