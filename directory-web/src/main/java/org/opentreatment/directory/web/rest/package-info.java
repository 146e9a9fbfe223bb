/**
 * The public JSON API under {@code /api/v1}: facility search and a facility's whole listing. Every
 * parameter is read as text and checked by the search package, so each bad one is named in a 400
 * answer; every error, 404 included, has the same JSON shape.
 */
package org.opentreatment.directory.web.rest;
