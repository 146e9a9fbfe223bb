package org.opentreatment.directory.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public JSON API, versioned in its path so that a change of shape gets a new version. */
@ApplicationPath("/api/v1")
public class DirectoryApi extends Application {}
