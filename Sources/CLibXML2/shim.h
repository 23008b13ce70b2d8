#ifndef RECONCILE_CLIBXML2_SHIM_H
#define RECONCILE_CLIBXML2_SHIM_H

// xmlversion.h first: it defines LIBXML_ICU_ENABLED, whose ICU headers clash with
// Foundation's. We never use libxml2's ICU encoders, so switch them off before the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <stdint.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

/// xmlFree is a global function pointer in libxml2; Swift cannot call it directly.
static inline void rcx_xmlFree(void *p) { xmlFree(p); }

// libxml2 keeps a node's line in an unsigned short, so every element past line 65535
// reads 65535 (HTML_PARSE_BIG_LINES only helps the XML parser's text nodes). These SAX
// hooks build the tree exactly as libxml2's defaults do, then store the parser's
// uncapped line in the node's `psvi` field, which the HTML parser never uses.
static inline void rcx_markLine(xmlParserCtxtPtr ctxt, xmlNodePtr node, int newlinesAfter) {
    if (node != NULL && node->psvi == NULL && ctxt->input != NULL && ctxt->input->line > newlinesAfter)
        node->psvi = (void *)(intptr_t)(ctxt->input->line - newlinesAfter);
}

static void rcx_startElement(void *ctx, const xmlChar *name, const xmlChar **atts) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlSAX2StartElement(ctx, name, atts);
    rcx_markLine(ctxt, ctxt->node, 0);
}

static void rcx_characters(void *ctx, const xmlChar *ch, int len) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlSAX2Characters(ctx, ch, len);
    if (ctxt->node != NULL && ctxt->node->last != NULL && ctxt->node->last->type == XML_TEXT_NODE
        && ctxt->node->last->psvi == NULL) {
        // The parser has consumed the chunk: its first line is the current one minus the
        // newlines inside it.
        int newlines = 0;
        for (int i = 0; i < len; i++) newlines += ch[i] == '\n';
        rcx_markLine(ctxt, ctxt->node->last, newlines);
    }
}

/// The line `rcx_parseHTML` stored for a node; 0 when unknown.
static inline long rcx_nodeLine(const xmlNode *node) {
    if (node->psvi != NULL) return (long)(intptr_t)node->psvi;
    return (long)node->line;
}

static void rcx_quiet(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

/// Parses HTML bytes into a tree (caller frees it with xmlFreeDoc), or NULL.
/// `encoding` (may be NULL) overrides any `<meta charset>` in the page, as htmlReadMemory
/// does; an encoding libxml2 does not know is ignored. Errors and warnings are silenced.
static inline htmlDocPtr rcx_parseHTML(const char *bytes, int size, const char *encoding, int options) {
    // Encoding errors bypass the context's handlers and reach the (per-thread) generic
    // handler, which prints to stderr by default; libraries must not print.
    xmlSetGenericErrorFunc(NULL, rcx_quiet);
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(bytes, size);
    if (ctxt == NULL) return NULL;
    if (ctxt->sax != NULL) {
        ctxt->sax->startElement = rcx_startElement;
        ctxt->sax->characters = rcx_characters;
        ctxt->sax->error = NULL;
        ctxt->sax->warning = NULL;
        ctxt->sax->serror = NULL;
    }
    ctxt->vctxt.error = NULL;
    ctxt->vctxt.warning = NULL;
    htmlCtxtUseOptions(ctxt, options);
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
        if (handler == NULL) {
            // An encoding libxml2 cannot decode: read the bytes as UTF-8 rather than let
            // the parser fall back to Latin-1 mid-page.
            encoding = "UTF-8";
            handler = xmlFindCharEncodingHandler(encoding);
        }
        if (handler != NULL) {
            xmlSwitchToEncoding(ctxt, handler);
            if (ctxt->input != NULL) {
                if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
                ctxt->input->encoding = xmlStrdup((const xmlChar *)encoding);
            }
        }
    }
    htmlParseDocument(ctxt);
    htmlDocPtr doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    return doc;
}

#endif
