/* A planted rule for scripts/check_rule_kinds.py: it tests a kind it does not subscribe to. */
void pt099_on_event(const struct pt_event *ev)
{
    if (ev->kind != PT_EV_LEAK && ev->kind != PT_EV_FREE) return;
}
