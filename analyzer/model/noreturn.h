/* Routines after whose call a path does not go on: bug checks, failed
 * assertions, fail-fast. The frontend ends the path there, so a leak on a
 * branch the code asserts cannot run is not reported (as PREfast's
 * NT_ANALYSIS_ASSUME and the Clang Static Analyzer's noreturn asserts do). */
#ifndef PT_NORETURN_H
#define PT_NORETURN_H

/* 1 when the routine of that name never returns to its caller. Routines the
 * source declares noreturn are found by the frontend from the declaration. */
int pt_never_returns(const char *name);

#endif
