#define ALLOC() a()   // expect: PT001
