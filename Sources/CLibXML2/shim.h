#ifndef RECONCILE_CLIBXML2_SHIM_H
#define RECONCILE_CLIBXML2_SHIM_H

// xmlversion.h first: it defines LIBXML_ICU_ENABLED, whose ICU headers clash with
// Foundation's. We never use libxml2's ICU encoders, so switch them off before the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
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

// ---------------------------------------------------------------------------------------
// Per-parse arena for libxml2's allocations.
//
// Building and freeing the tree is mostly malloc/free (and, with several threads, malloc's
// arena locks). While a thread has an arena open, libxml2's xmlMalloc/xmlRealloc/xmlStrdup
// bump-allocate from it and xmlFree of its blocks does nothing; closing the arena releases
// the whole tree at once, so the document is never passed to xmlFreeDoc. Other threads,
// and this one outside an arena, use plain malloc. Memory libxml2 took from malloc is told
// apart by address (it is not inside one of the open arena's chunks).
// Only HTMLParser.swift calls these, so its object file holds the one copy of this state.

typedef struct rcx_chunk {
    struct rcx_chunk *next;
    char *start;
    char *end;
} rcx_chunk;

typedef struct rcx_arena {
    rcx_chunk *chunks;
    char *cursor;
    char *limit;
    size_t nextChunkSize;
} rcx_arena;

static __thread rcx_arena *rcx_currentArena = NULL;

#define RCX_HEADER 16
#define RCX_ALIGN(n) (((n) + 15) & ~(size_t)15)

static inline rcx_chunk *rcx_newChunk(size_t size) {
    rcx_chunk *chunk = (rcx_chunk *)malloc(RCX_ALIGN(sizeof(rcx_chunk)) + size);
    if (chunk == NULL) return NULL;
    chunk->start = (char *)chunk + RCX_ALIGN(sizeof(rcx_chunk));
    chunk->end = chunk->start + size;
    return chunk;
}

static inline void *rcx_arenaAlloc(rcx_arena *arena, size_t size) {
    size_t need = RCX_ALIGN(size + RCX_HEADER);
    if (need > (size_t)(arena->limit - arena->cursor)) {
        if (need > arena->nextChunkSize / 4) {
            // A big block gets a chunk of its own, kept behind the current one.
            rcx_chunk *own = rcx_newChunk(need);
            if (own == NULL) return NULL;
            if (arena->chunks != NULL) {
                own->next = arena->chunks->next;
                arena->chunks->next = own;
            } else {
                own->next = NULL;
                arena->chunks = own;
                arena->cursor = own->end;
                arena->limit = own->end;
            }
            *(size_t *)own->start = size;
            return own->start + RCX_HEADER;
        }
        rcx_chunk *chunk = rcx_newChunk(arena->nextChunkSize);
        if (chunk == NULL) return NULL;
        if (arena->nextChunkSize < ((size_t)8 << 20)) arena->nextChunkSize *= 2;
        chunk->next = arena->chunks;
        arena->chunks = chunk;
        arena->cursor = chunk->start;
        arena->limit = chunk->end;
    }
    char *block = arena->cursor;
    arena->cursor += need;
    *(size_t *)block = size;
    return block + RCX_HEADER;
}

static inline int rcx_inArena(const rcx_arena *arena, const void *pointer) {
    for (const rcx_chunk *chunk = arena->chunks; chunk != NULL; chunk = chunk->next)
        if ((const char *)pointer >= chunk->start && (const char *)pointer < chunk->end) return 1;
    return 0;
}

static void *rcx_malloc(size_t size) {
    rcx_arena *arena = rcx_currentArena;
    return arena != NULL ? rcx_arenaAlloc(arena, size) : malloc(size);
}

static void rcx_free(void *pointer) {
    if (pointer == NULL) return;
    rcx_arena *arena = rcx_currentArena;
    if (arena != NULL && rcx_inArena(arena, pointer)) return;
    free(pointer);
}

static void *rcx_realloc(void *pointer, size_t size) {
    rcx_arena *arena = rcx_currentArena;
    if (arena == NULL) return realloc(pointer, size);
    if (pointer == NULL) return rcx_arenaAlloc(arena, size);
    if (!rcx_inArena(arena, pointer)) return realloc(pointer, size);
    size_t old = *(size_t *)((char *)pointer - RCX_HEADER);
    if (size <= old) return pointer;
    char *end = (char *)pointer - RCX_HEADER + RCX_ALIGN(old + RCX_HEADER);
    size_t grown = RCX_ALIGN(size + RCX_HEADER);
    if (end == arena->cursor && (char *)pointer - RCX_HEADER + grown <= arena->limit) {
        // The last block grows in place.
        arena->cursor = (char *)pointer - RCX_HEADER + grown;
        *(size_t *)((char *)pointer - RCX_HEADER) = size;
        return pointer;
    }
    void *moved = rcx_arenaAlloc(arena, size);
    if (moved != NULL) memcpy(moved, pointer, old);
    return moved;
}

static char *rcx_strdup(const char *text) {
    size_t length = strlen(text) + 1;
    char *copy = (char *)rcx_malloc(length);
    if (copy != NULL) memcpy(copy, text, length);
    return copy;
}

/// Routes libxml2's allocations through the arena hooks; call once, before xmlInitParser.
static inline void rcx_installAllocator(void) {
    xmlMemSetup(rcx_free, rcx_malloc, rcx_realloc, rcx_strdup);
}

/// Opens an arena for this thread's libxml2 allocations; returns it (NULL if out of memory).
static inline rcx_arena *rcx_arenaOpen(void) {
    rcx_arena *arena = (rcx_arena *)calloc(1, sizeof(rcx_arena));
    if (arena == NULL) return NULL;
    arena->nextChunkSize = (size_t)256 << 10;
    // The thread's last-error record outlives parses; empty it before and after each
    // arena so it never holds a pointer into a closed arena.
    xmlResetLastError();
    rcx_currentArena = arena;
    return arena;
}

/// Closes this thread's arena and frees everything libxml2 allocated in it.
static inline void rcx_arenaClose(rcx_arena *arena) {
    if (arena == NULL) return;
    xmlResetLastError();
    if (rcx_currentArena == arena) rcx_currentArena = NULL;
    rcx_chunk *chunk = arena->chunks;
    while (chunk != NULL) {
        rcx_chunk *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    free(arena);
}

#endif
