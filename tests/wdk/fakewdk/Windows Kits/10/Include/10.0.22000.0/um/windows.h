/* Fake WDK: a user-mode header, never on a kernel driver's path. */
#error um is not a kernel include folder
