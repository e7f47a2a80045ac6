"""The page for clerks (`szj serve`): a thin web layer over the pipeline."""
