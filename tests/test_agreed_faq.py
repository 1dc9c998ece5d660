"""A FAQ both matchers agree on (`Router.agreed_faq`): the answer ranker sure of it and the
embedding's nearest entry the same one answer over what the rules gave, except where the rules
know better (a period's list, a fact of a record, the same FAQ again).

Real things only: the shipped knowledge, the real classifier, the fitted ranker and the e5
embeddings. Every wording here was written for these tests (new partners, four languages), not
taken from an answer set.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_services
from bot.context import Services
from bot.settings import Settings
from intents.memory import Memory
from intents.reply import Reply
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.long  # the e5 embedding of each message

AGREED = (
    ("en", "We are a Nigerian crew. Are units from abroad allowed to film at Hengdian on their own?",
     "can_foreign_crews_film"),
    ("ko", "저희 같은 해외 팀도 거기 가서 직접 찍을 수 있는 건가요? 사례 있으면 알려 주세요", "can_foreign_crews_film"),
    ("zh", "我们签了几个外籍演员，去横店能有戏接不？剧组里老外多吗", "foreign_actors"),
    ("es", "che, si nos quedamos con una serie del catálogo para Paraguay, ¿cómo es el trámite?",
     "coproduce_catalog_title"),
)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("agreed")), bot_staff_chat_id=None)
    built = build_services(settings)
    yield built
    built.store.db.conn.close()


def _agreed(services: Services, text: str, lang: str, answer: str, memory: Memory | None = None) -> str | None:
    """What `agreed_faq` makes of `text` where the rules answered `answer`."""
    brain = services.brain
    turn = brain.turn(61_000, services.store.touch(61_000, language_code=lang), text)
    return brain.router.agreed_faq(turn, brain.understand(text), memory or Memory(), Reply(text="", answer=answer))


@pytest.mark.parametrize("rules_gave", ["fallback", "out_of_scope", "list:programs", "faq:costs"])
def test_a_faq_both_matchers_agree_on_replaces_what_the_rules_gave(services: Services, rules_gave: str) -> None:
    """The fallback, a scope gate, a subject list or a neighbouring FAQ gives way."""
    for lang, text, fid in AGREED:
        assert _agreed(services, text, lang, rules_gave) == fid, text


def test_a_period_list_a_record_fact_or_the_same_faq_again_stays(services: Services) -> None:
    """The rules' answer stays where they know better than nearness of words."""
    assert _agreed(services, "list the Qing-era sets you have", "en", "list:locations?era=qing") is None
    assert _agreed(services, "短剧降本那个政策，什么样的剧组能申请？", "zh",
                   "incentive:short_drama_cost_reduction#eligibility") is None
    lang, text, fid = AGREED[0]
    assert _agreed(services, text, lang, "fallback", Memory(answer=f"faq:{fid}")) is None


OFF_TOPIC = (("en", "what's a good pasta recipe?"), ("es", "¿me recomiendas una receta de lasaña?"),
             ("zh", "怎么做红烧肉"), ("ko", "김치찌개 끓이는 법 알려줘"))
"""Written for this test: chatter about nothing of ours, in four languages."""


def test_chatter_answered_off_topic_is_not_embedded(services: Services) -> None:
    """An off-topic answer to a message the classifier reads as off topic is the scope gates'
    to judge: `agreed_faq` settles it without the ranker's embedding (~30-40 ms of CPU), and
    counts the meaning as asked for, so `scope.off_topic` reads it as before."""
    for lang, text in OFF_TOPIC:
        u = services.brain.understand(text)
        assert u.intent == "out_of_scope" and u.nearest is not None, (text, u.intent)
        turn = services.brain.turn(61_100, services.store.touch(61_100, language_code=lang), text)
        assert services.brain.router.agreed_faq(turn, u, Memory(), Reply(text="", answer="out_of_scope")) is None
        assert not u.nearest.done and u.nearest.asked, text
        reply = services.brain.reply_to_text(61_101, text, services.store.touch(61_101, language_code=lang))
        assert reply.answer == "out_of_scope", (text, reply.answer)
