"""Events: sentences, their timeline events and the labels that say what happened."""
