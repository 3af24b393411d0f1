from knowledge.text.tokens import tokenize
from knowledge.text.vernacular import PLAIN, read, said_in, says, uses


def official(question, used):
    return read(question, used)[0]


def corpus(*texts: str):
    """`used` for documents holding `texts` (their search-mode tokens)."""
    vocab = {w for t in texts for w in tokenize(t)}
    return vocab.__contains__


def test_everyday_word_read_as_the_official_term_the_documents_use():
    used = corpus("飞入地取得的土地出让收入，由合作双方按比例分享。")
    assert official("卖地的钱两边怎么分？", used) == "土地出让的钱双方怎么分？"


def test_word_the_documents_use_is_kept():
    used = corpus("卖地收入两边分。", "土地出让收入由合作双方分享。")
    assert official("卖地的钱两边怎么分？", used) == "卖地的钱两边怎么分？"


def test_a_word_the_documents_say_rarely_beside_their_term_is_read_as_it():
    texts = ["项目计划今年5月动工。"] + [f"第{i}批项目已开工。" for i in range(8)]
    vocab = {w for t in texts for w in tokenize(t)}
    counts = {w: sum(w in tokenize(t) for t in texts) for w in vocab}
    question = "签约后多久必须动工？"
    assert read(question, vocab.__contains__, None, lambda t: counts.get(t, 0)) == (
        "签约后多久必须开工？",
        (("动工", "开工"),),
    )
    # without the counts, or when the term is not much more common, the word is kept
    assert official(question, vocab.__contains__) == question
    few = {**counts, "开工": 3}
    assert read(question, vocab.__contains__, None, lambda t: few.get(t, 0))[0] == question


def test_no_official_term_in_the_documents_keeps_the_word():
    used = corpus("磨憨口岸货运量增长。")
    assert official("卖地的钱两边怎么分？", used) == "卖地的钱两边怎么分？"


def test_first_official_term_the_documents_use_is_taken():
    used = corpus("市发展改革部门负责备案。")
    assert official("要去发改委备案吗？", used) == "要去发展改革部门备案吗？"
    used = corpus("市发展改革委负责备案。")
    assert official("要去发改委备案吗？", used) == "要去发展改革委备案吗？"


def test_short_name_of_a_body():
    used = corpus("联合管理委员会每季度召开一次全体会议。")
    assert official("管委会多久开一次全体大会？", used) == "管理委员会多久开一次全体会议？"


def test_longest_word_wins_and_case_is_ignored():
    used = corpus("连续两年考核不合格的，予以约谈。", "地区生产总值按比例计入。")
    assert official("考核不及格会怎样？", used) == "考核不合格会怎样？"
    assert official("园区的gdp算谁的？", used) == "园区的地区生产总值算谁的？"


def test_a_word_is_said_only_when_its_every_character_is():
    assert not says("头五年", corpus("前五年按六比四分享。"))
    assert says("两边", corpus("两边各派四名。"))
    assert not says("卖地", corpus("卖出", "土地"))


def test_an_official_term_is_used_when_its_words_are():
    assert uses("不合格", corpus("考核不合格的"))
    assert not uses("末位", corpus("考核不合格的"))


def test_table_maps_to_other_words():
    for plain, terms in PLAIN.items():
        assert terms and plain not in terms


def test_read_names_each_word_read_otherwise_once():
    used = corpus("飞入地取得的土地出让收入，由合作双方按比例分享。")
    text, swaps = read("卖地的钱两边怎么分？两边都同意吗？", used)
    assert text == "土地出让的钱双方怎么分？双方都同意吗？"
    assert swaps == (("卖地", "土地出让"), ("两边", "双方"))
    assert read("磨憨在哪里？", used) == ("磨憨在哪里？", ())


def test_a_short_name_the_documents_write_is_kept_however_jieba_cuts_it():
    texts = ("市住建局应在10个工作日内审核。", "市住房和城乡建设局负责统筹。")
    used, written = corpus(*texts), lambda w: any(w in t for t in texts)
    assert official("市住建局多久审核完？", used).startswith("市住房")  # by its tokens alone
    assert read("市住建局多久审核完？", used, written)[0] == "市住建局多久审核完？"
    assert read("卖地的钱两边怎么分？", corpus("土地出让收入由双方分享。"), lambda w: True)[0] == (
        "土地出让的钱双方怎么分？"  # not a body's name: the tokens decide, as ever
    )


def test_an_everyday_word_is_said_in_the_documents_terms() -> None:
    assert said_in("老板", "青河一家茶叶企业的负责人说")  # 老板 -> 负责人
    assert said_in(
        "派驻在", "向园区派驻工作人员不少于2名"
    )  # a particle jieba joined (常驻 read as 派驻)
    # a word the question was read with (头一年 -> 第一年) is held by another term of it (当年)
    assert said_in("第一年", "园区设立当年不足六个月的，不计入前五年。")
    # a first ordinal is no everyday word: 首批 said in a contrast is not 第一批
    assert not said_in("第一批", "与首批以物流为主不同，第二批中新能源项目共有6个。")
    assert not said_in("工资", "青河一家茶叶企业的负责人说")
    assert not said_in("开工率", "项目已全部开工")  # a rate, not the start


def test_a_time_limit_jobs_and_new_firms_are_said_in_the_documents_terms() -> None:
    # fictional notice and bulletin (para40): the question's 期限, 饭碗/活干, 冒出来
    rule = "签约后9个月内未开工的，期满前可申请延期一次。"
    bulletin = "今年前三季度，青河园区新增注册企业312户，带动当地就业1800余人。"
    assert said_in("期限", rule)
    assert said_in("饭碗", bulletin) and said_in("活干", bulletin)
    assert said_in("冒出来", bulletin) and said_in("本地人", bulletin)
    assert not said_in("饭碗", rule)  # no jobs told there
    used = corpus(bulletin)
    assert official("今年园区冒出来多少家企业？", used) == "今年园区新增多少家企业？"


def test_a_measure_and_a_worry_in_everyday_words_are_said_in_the_documents_terms() -> None:
    assert said_in("平米", "厂房租金为每月每平方米10元")
    assert said_in("能省", "通关时间可缩短一半")
    assert said_in("发愁", "解决了企业的顾虑") and said_in("难处", "招聘仍是主要挑战")
    assert not said_in("能省", "厂房租金为每月每平方米10元")


def test_a_first_ordinal_is_read_as_the_one_the_documents_say_most() -> None:
    texts = ["第一批标准厂房已封顶。"] + [f"首批{i}个项目认定完成。" for i in range(3)]
    vocab = {w for t in texts for w in tokenize(t)}
    counts = {w: sum(w in tokenize(t) for t in texts) for w in vocab}
    question = "头一批认定了多少个项目？"
    assert read(question, vocab.__contains__, None, lambda t: counts.get(t, 0))[0] == (
        "首批认定了多少个项目？"
    )
    assert official(question, vocab.__contains__) == "第一批认定了多少个项目？"  # no counts
