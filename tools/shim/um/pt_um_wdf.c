/* User-mode KMDF memory objects over the user-mode pool: an object and its
 * buffer are two blocks; deleting an object deletes its children first. */
#include "wdf.h"
#include "pt_um_harness.h"

struct um_obj {
    struct um_obj *next;   /* every live object */
    struct um_obj *parent;
    void *buffer;
};

static struct um_obj *objects;

NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES attributes, POOL_TYPE pool, ULONG tag, size_t n,
                         WDFMEMORY *memory, PVOID *buffer)
{
    struct um_obj *o = pt_um_mem_alloc(sizeof *o, 1);
    (void)pool; (void)tag;
    *memory = NULL;
    if (o == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    o->buffer = pt_um_mem_alloc(n, 0);
    if (o->buffer == NULL) {
        pt_um_mem_free(o, "WdfMemoryCreate");
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    o->parent = attributes != NULL ? (struct um_obj *)attributes->ParentObject : NULL;
    o->next = objects;
    objects = o;
    *memory = (WDFMEMORY)o;
    if (buffer != NULL)
        *buffer = o->buffer;
    return STATUS_SUCCESS;
}

VOID WdfObjectDelete(WDFOBJECT object)
{
    struct um_obj **pp = &objects, *o = object, *c;
    while (*pp != NULL && *pp != o)
        pp = &(*pp)->next;
    if (*pp == NULL) {   /* not an object: the framework would bug-check */
        pt_um_mem_free(object, "WdfObjectDelete");
        return;
    }
    *pp = o->next;
    for (c = objects; c != NULL;) {
        if (c->parent == o) {
            WdfObjectDelete(c);
            c = objects;   /* the list changed: start over */
        } else {
            c = c->next;
        }
    }
    pt_um_mem_free(o->buffer, "WdfObjectDelete");
    pt_um_mem_free(o, "WdfObjectDelete");
}

void pt_um_wdf_delete_all(void)
{
    while (objects != NULL)
        WdfObjectDelete(objects);
}
