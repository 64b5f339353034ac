/** The bundled demo: a fictional news site served over loopback HTTP for {@code casewatch demo}. */
package org.casewatch.pipeline.demo;
