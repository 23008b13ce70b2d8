#ifndef RECONCILE_CLIBXML2_SHIM_H
#define RECONCILE_CLIBXML2_SHIM_H

// xmlversion.h first: it defines LIBXML_ICU_ENABLED, whose ICU headers clash with
// Foundation's. We never use libxml2's ICU encoders, so switch them off before the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

/// xmlFree is a global function pointer in libxml2; Swift cannot call it directly.
static inline void rcx_xmlFree(void *p) { xmlFree(p); }

#endif
