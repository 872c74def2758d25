/**
 * Driving the web app as a person would, by what the page shows in the current language: the
 * catalogues are the same ones the app uses, so a scenario reads in any of the five languages.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserSeed } from '../../src/pact/pact.demo.ts';
import { ROLE_SCOPES, type Role } from '../../src/platform/roles.ts';
import { en, type Catalogue } from '../../web/src/i18n/catalogues/en.ts';
import { es } from '../../web/src/i18n/catalogues/es.ts';
import { fr } from '../../web/src/i18n/catalogues/fr.ts';
import { ht } from '../../web/src/i18n/catalogues/ht.ts';
import { pt } from '../../web/src/i18n/catalogues/pt.ts';
import { LOCALE_NAMES, type Locale } from '../../web/src/i18n/locales.ts';

export const CATALOGUES: Record<Locale, Catalogue> = { en, es, fr, ht, pt };
export const PHONE = { width: 320, height: 640 };

export function demoUser(email: string): DemoUserSeed {
  const user = DEMO_USERS.find((u) => u.email === email);
  assert.ok(user, `no demo user ${email}`);
  return user;
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ timeout: 10_000 });
}

export async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  await page.locator('.language-switcher button[aria-expanded]').click();
  await page.getByRole('button', { name: LOCALE_NAMES[locale], exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

export async function signIn(page: Page, c: Catalogue, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(c.auth.email, { exact: true }).fill(email);
  await page.getByLabel(c.auth.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: c.auth.submit, exact: true }).click();
}

export async function menuItems(page: Page, c: Catalogue): Promise<string[]> {
  return page.getByRole('navigation', { name: c.nav.label }).getByRole('link').allInnerTexts();
}

export function hasScope(role: string, scope: string): boolean {
  return (ROLE_SCOPES[role as Role] as readonly string[]).includes(scope);
}

export async function openMenuItem(page: Page, c: Catalogue, name: string): Promise<void> {
  await page.getByRole('navigation', { name: c.nav.label }).getByRole('link', { name, exact: true }).click();
}

