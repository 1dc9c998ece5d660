"""fixR13b: the merged round's rules narrowed where they took a partner's question from its answer."""

import pytest

from intents import scope, understand


@pytest.mark.parametrize("text", ["which ring light is best for streaming?", "what camera should we buy for vertical?",
                                  "best gimbal to get for a phone?", "what kind of microphone do you recommend?"])
def test_gear_to_buy_is_still_shopping(text: str) -> None:
    assert scope.OWN_ERRAND.search(text)


@pytest.mark.parametrize("text", ["what resolution are the LED panels?", "what size is the LED panels wall on the stage?",
                                  "which stage has the LED panels?"])
def test_a_question_about_our_gear_is_no_shopping(text: str) -> None:
    assert not scope.OWN_ERRAND.search(text)


@pytest.mark.parametrize("text", ["로봇이 나오는 그 드라마 제목이 뭐였지?", "那部有机器人的剧叫什么？",
                                  "what was the one with the robot called?", "¿cómo se llamaba la del robot?"])
def test_a_title_recalled_by_its_story_asks_its_name(text: str) -> None:
    assert understand._TITLE_NAME_ASKED.search(understand._folded(text))


@pytest.mark.parametrize("text", ["robot shows my followers would watch?", "外星人题材的剧有吗", "로봇 나오는 드라마 있어요?"])
def test_a_mood_asked_is_no_name_asked(text: str) -> None:
    assert not understand._TITLE_NAME_ASKED.search(understand._folded(text))


@pytest.mark.parametrize("text", ["想拍河边小桥的镜头 去哪个景", "这种夜景镜头去哪个场景拍比较好？"])
def test_a_shot_asked_where_to_film_is_no_gear_shopping(text: str) -> None:
    # 镜头 is the shot here and 哪个景 the set asked: no lens to buy (answers28's riverside list kept)
    assert not scope.OWN_ERRAND.search(text)


def test_which_lens_to_buy_is_still_shopping() -> None:
    assert scope.OWN_ERRAND.search("拍竖屏用的镜头 买哪个好？")
