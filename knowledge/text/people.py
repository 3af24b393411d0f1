"""Who a Chinese count of people counts, in English: the noun a document writes before a figure
in 人, 名, 人次 or 位 (「实有人口约4.2万人」, 「首批招收学生1260名」, 「接待游客86.5万人次」,
「技能人才800人」) and the English person nouns that name the same people.

CC-CEDICT, read backwards for every other English word (`crosslingual`), binds few of them:
it glosses 人口 "population; people" and 学生 "student; schoolchild", so residents, inhabitants
and pupils — the everyday English for the people those figures count — are held by nothing, and
人才 only "talent". This is a kept dictionary of the nouns documents count people by, each with
the English nouns (and a few two-word names, "skilled workers", "tourist visits") a reader uses
for those people; a noun ending in one of them counts the same people (实有人口, 常住人口 by
人口; 专业技能人才 by 人才). Read by `checking/people_en.py`.
"""

from __future__ import annotations

# the Chinese noun counted -> the English person nouns (singular) that name those people
COUNTED: dict[str, tuple[str, ...]] = {
    "人口": ("population", "people", "person", "resident", "inhabitant", "dweller"),
    "居民": ("resident", "inhabitant", "people", "person", "dweller", "local"),
    "学生": ("student", "pupil", "schoolchild", "schoolchildren", "learner", "schoolkid"),
    "学员": ("student", "trainee", "learner", "apprentice"),
    "新生": ("student", "pupil", "freshman", "entrant", "newcomer"),
    "游客": (
        "tourist", "visitor", "traveller", "traveler", "sightseer", "holidaymaker",
        "tourist visit", "visitor trip", "tourist trip", "tourist arrival", "visitor arrival",
    ),
    "旅客": ("passenger", "traveller", "traveler", "passenger trip"),
    "人才": (
        "talent", "professional", "specialist", "technician", "expert",
        "skilled worker", "skilled person", "skilled staff", "skilled personnel",
    ),
    "技术人员": ("technician", "technical staff", "engineer", "specialist"),
    "员工": ("employee", "staff", "worker", "staffer"),
    "职工": ("employee", "staff", "worker"),
    "工人": ("worker", "labourer", "laborer"),
    "教师": ("teacher", "educator"),
    "医生": ("doctor", "physician"),
    "医护人员": ("medical staff", "medic", "health worker"),
    "患者": ("patient",),
    "病人": ("patient",),
}  # fmt: skip


def counted(noun_run: str) -> str | None:
    """The Chinese noun of `COUNTED` a run of characters before a figure ends in (实有人口 ->
    人口, 首批招收学生 -> 学生), the longest; None when it ends in none."""
    found = [n for n in COUNTED if noun_run.endswith(n)]
    return max(found, key=len) if found else None


def names(noun: str, english: str) -> bool:
    """Whether an English noun or two-word name (lower case, any of its inflected forms given
    by the caller) names the people the Chinese noun counts."""
    return english in COUNTED.get(noun, ())
