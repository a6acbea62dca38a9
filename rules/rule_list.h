/* Every reporting rule, once. Adding a rule: one file, one line here.
 * PT_RULE(id, on_event, on_finish or pt_no_finish) */
PT_RULE(PT001, pt001_on_event, pt_no_finish)
PT_RULE(PT002, pt002_on_event, pt_no_finish)
PT_RULE(PT003, pt003_on_event, pt_no_finish)
PT_RULE(PT004, pt004_on_event, pt004_on_finish)
PT_RULE(PT005, pt005_on_event, pt_no_finish)
PT_RULE(PT006, pt006_on_event, pt006_on_finish)
PT_RULE(PT007, pt007_on_event, pt007_on_finish)
PT_RULE(PT008, pt008_on_event, pt_no_finish)
PT_RULE(PT009, pt009_on_event, pt_no_finish)
PT_RULE(PT010, pt010_on_event, pt_no_finish)
