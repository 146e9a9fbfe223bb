/**
 * Plain-language explainers ({@code /learn}, {@code /learn/medications}, ...): short pages in
 * English and Spanish on dual diagnosis, the medications for opioid use disorder, the types of
 * care, paying and calling a program, each ending in the search that fits. Their words are in the
 * {@code explainers} bundle ({@code #{learn['...']}}).
 */
package org.opentreatment.directory.web.learn;
