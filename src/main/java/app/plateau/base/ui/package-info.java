/** The main layout, language handling, error notifications and components every view shares. */
package app.plateau.base.ui;
