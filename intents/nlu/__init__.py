"""Natural-language understanding: which intent a message has and which language it is in.

- `data`: reader for the Rasa NLU YAML training files in intents/data.
- `classifier`: `IntentClassifier` (train, predict, persist, load) and `load_or_train` (cache).
- `language`: `detect(text)` -> "en" | "es" | "zh" | "ko" | None.
- `evaluate`: held-out test and cross-validation behind `python -m bot nlu test`.
Entities (names from the knowledge base) live in `intents.entities`.
"""

from intents.nlu.classifier import (
                                    DEFAULT_HYPERPARAMETERS,
                                    Hyperparameters,
                                    IntentClassifier,
                                    Prediction,
                                    load_or_train,
)
from intents.nlu.data import Example, NluData, load_training_data
from intents.nlu.language import detect

__all__ = ["DEFAULT_HYPERPARAMETERS", "Example", "Hyperparameters", "IntentClassifier", "NluData",
           "Prediction", "detect", "load_or_train", "load_training_data"]
