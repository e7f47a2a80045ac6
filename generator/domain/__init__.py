"""The domain: typed records, the procedure's nine steps and rules, editorial units and
amendments, Polish grammar and office names. No I/O."""
