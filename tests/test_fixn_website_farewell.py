import pytest

from intents import lexicon


@pytest.mark.parametrize("text", ["what's your website?", "do you have an instagram account?", "¿cuál es su página web?",
                                  "¿tienen redes sociales?", "你们官网是多少", "你们有公众号吗", "공식 홈페이지 주소가 뭐예요?", "SNS 계정 있어요?"])
def test_website_is_a_gap(text):
    assert lexicon.gap_topic(text) == "website"


@pytest.mark.parametrize("text", ["can it go on YouTube?", "when is the next event?"])
def test_no_website_gap(text):
    assert lexicon.gap_topic(text) != "website"


@pytest.mark.parametrize("text", ["great, thanks, have a good one", "listo, mil gracias, saludos", "谢谢，回头聊", "감사합니다 수고하세요"])
def test_thanks_with_sign_off_is_farewell(text):
    from core.text import fold
    assert lexicon.FAREWELL.search(fold(text))
