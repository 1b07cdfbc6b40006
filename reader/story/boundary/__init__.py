"""The learned story-boundary scorer: features of each gap between paragraphs (``features``)
and the logistic model that weighs them (``scorer``, weights in ``weights.json``, rebuilt by
``python -m reader.eval.train_boundary BBC_DIR``). The segmentation search in
``reader.story.segment`` decodes its cues."""
