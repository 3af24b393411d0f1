"""A doer asked by a deed needs a clause telling the deed beside a person or an organisation
(doers_en.py)."""

from __future__ import annotations

from knowledge.answering.checking.doers_en import deed, unnamed

# Fictional: a prefecture's grants and approvals
DF = {"拨付": 4, "审批": 3, "公示": 2, "认定": 5}


def test_the_deed_asked() -> None:
    assert deed("Who disbursed the relief grants to Xiling?") == "disbursed"
    assert deed("Who has approved the plan?") == "approved"
    assert deed("Who is responsible for land supply?") == "responsible"
    assert deed("Which body certified the letters?") == "certified"
    assert deed("Which official at the county bureau approved the grant?") == "approved"
    assert deed("Who is the mayor of Quanzhou?") == ""  # a role: checks_en
    assert deed("Who hosted the briefing?") == "hosted"  # 「主持人：…」 names no one
    assert deed("Who said the grants were paid?") == "said"
    assert deed("Which bureau do the villages apply to?") == ""  # not the subject
    assert deed("How many grants were disbursed?") == ""


def test_a_deed_told_without_a_doer_does_not_answer() -> None:
    q = "Who approved the relief grants to the villages?"
    assert unnamed(q, ["救灾补助已于3月全部审批。"], DF)
    assert unnamed(q, ["周明：已经审批了。"], DF)  # the speaker labels another clause
    assert not unnamed(q, ["全州财政局于3月审批救灾补助。"], DF)
    assert not unnamed(q, ["The grants were approved by the Finance Bureau in March."], DF)


def test_a_deed_the_corpus_never_uses_is_not_checked_when_nor_is_its_object() -> None:
    assert not unnamed("Who revoked the licences?", ["执照已吊销。"], DF)
    assert not unnamed("Which office certified the farms?", ["经全州农业局认定。"], DF)


# a corpus that never tells a paying out (disburse: no CC-CEDICT term) nor a handing over
DF_UNTOLD = {"补助": 3, "资金": 4, "西岭": 6, "公寓": 2, "村民": 2}


def test_a_deed_the_corpus_never_uses_needs_a_doer_beside_what_it_was_done_to() -> None:
    q = "Who disbursed the relief funds to Xiling village?"
    # a villager named, and an office, but not beside the funds: another person's deed
    assert unnamed(q, ["清晨，西岭村的村民岩温把果子装箱。", "县财政局召开会议。"], DF_UNTOLD)
    assert unnamed(q, ["救灾资金已全部到位。"], DF_UNTOLD)  # nobody named
    assert not unnamed(q, ["县财政局将救灾资金送到西岭村。"], DF_UNTOLD)


def test_an_irregular_deed_is_read_as_its_verb() -> None:
    q = "Who took over Xiling in 2021?"  # took over: no gloss; Xiling is what it was done to
    read = {"xiling": ["西", "岭"]}  # a name read by its pinyin, as the keyword search reads it
    assert not unnamed(q, ["2021年，省政府决定由泉州市托管西岭镇。"], DF_UNTOLD, read)
    assert unnamed(
        q, ["2021年4月，泉州市副市长周明出席会议。", "西岭是边境重镇。"], DF_UNTOLD, read
    )
    # handed over -> hand over (交付), a deed the corpus tells: a doer beside it is needed
    told = {**DF_UNTOLD, "交付": 2}
    q = "Who handed over the talent apartments?"
    assert unnamed(q, ["人才公寓一期300套正式交付。", "张立表示，目标是签约20个项目。"], told)
    assert not unnamed(q, ["县住建局交付了人才公寓。"], told)


def test_an_official_asked_is_a_person_not_a_body() -> None:
    q = "Which official at the county approved the relief grants?"
    assert deed(q) == "approved"
    assert unnamed(q, ["全州财政局于3月审批救灾补助。"], DF)
    assert not unnamed(q, ["全州财政局局长周明于3月审批救灾补助。"], DF)
    assert deed("Which office certifies the farms?") == "certifies"


def test_a_speaker_is_named_where_the_quoted_sentence_is_spoken() -> None:
    q = "Who said the relief grants had been paid?"
    assert unnamed(q, ["救灾补助已于3月全部拨付到位。"], DF)  # spoken, no speaker quoted
    assert unnamed(q, ["一位干部说，救灾补助已拨付。"], DF)  # nobody named
    assert not unnamed(q, ["周明：已经拨付了。"], DF)
    assert not unnamed(q, ["财政局局长周明说，救灾补助已拨付。"], DF)


def test_a_moderator_is_named_beside_chairing():
    q = "Who moderated the briefing on the relief grants?"
    assert unnamed(q, ["主持人：今天的发布会到此结束，谢谢大家。"], DF)
    assert unnamed(q, ["财政局局长周明出席发布会。"], DF)  # attended, did not chair
    assert not unnamed(q, ["发布会由州新闻办主任周明主持。"], DF)
