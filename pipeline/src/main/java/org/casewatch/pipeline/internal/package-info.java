/** Implementation details of the pipeline module; not for use by other modules. */
package org.casewatch.pipeline.internal;
