/** Task states' local implementations: handlers bound by resource ARN or by state name, and how their exceptions become ASL errors. */
package dev.stepwise.runtime.task;
