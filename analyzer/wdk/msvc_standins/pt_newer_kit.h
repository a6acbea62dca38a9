/* Attribute macros of kits newer than the one in use (10.0.16299 lacks
 * them): code written for a newer WDK names them in declarations, and a
 * declaration that does not parse costs every function using it. They only
 * decorate; a kit that has them redefines them the same way. */
#pragma once
#ifndef PT_NEWER_KIT_H
#define PT_NEWER_KIT_H
#ifndef DECLSPEC_RESTRICT
#define DECLSPEC_RESTRICT __declspec(restrict)
#endif
#ifndef DECLSPEC_NOINITALL
#define DECLSPEC_NOINITALL
#endif
#endif
