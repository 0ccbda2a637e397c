/**
 * Activities: Task states whose work is done by workers that poll for it ({@code LocalRuntime.createActivity},
 * {@code getActivityTask}) and answer with the task token, as on AWS.
 */
package dev.stepwise.runtime.activities;
