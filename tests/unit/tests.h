/* tests.h — every unit test, in the order main.c runs them.
 *
 * To add a test, write TEST(name) { ... } in a test_*.c file and list the
 * name here: the X-macro gives both the prototypes and main.c's table. */
#ifndef PUSHPANDER_TESTS_H
#define PUSHPANDER_TESTS_H

#define UNIT_TESTS(X)                                    \
	/* test_util.c */                                \
	X(buf_clear_keeps_the_nul)                       \
	/* test_visit.c */                               \
	X(visit_duration_words)                          \
	X(visit_line_says_how_it_ended)                  \
	/* test_slots.c */                               \
	X(slots_each_taken_once)                         \
	X(slots_freed_when_the_holder_closes)            \
	X(slots_missing_directory)                       \
	/* test_text.c */                                \
	X(text_decode_valid)                             \
	X(text_decode_invalid)                           \
	X(text_sanitize_makes_controls_visible)          \
	X(text_sanitize_keeps_emoji_zwj_sequences)       \
	X(text_sanitize_name_is_one_line)                \
	X(text_sanitize_repairs_text)                    \
	X(text_width_columns)                            \
	X(text_fit_cuts_between_characters)              \
	X(text_printable_ascii_mode)                     \
	X(text_upper_every_letter)                       \
	X(text_upper_ascii_keeps_every_letter)           \
	/* test_json.c */                                \
	X(json_rejects_malformed)                        \
	X(json_accepts_valid)                            \
	X(json_nesting_limit)                            \
	X(json_big_object_keys)                          \
	X(json_long_duplicate_key_is_cut)                \
	X(json_prefixes_fail_in_bounds)                  \
	X(json_mutations_agree_with_cjson)               \
	X(json_line_column_counts_line_ends)             \
	/* test_doc.c */                                 \
	X(doc_wrap_hanging_indent)                       \
	X(doc_wrap_breaks_long_words)                    \
	X(doc_wrap_never_exceeds_width_utf8)             \
	X(doc_wrap_never_exceeds_width_ascii)            \
	X(doc_wrap_width_one_drops_wide_characters)      \
	X(doc_wrap_keeps_every_character)                \
	X(doc_wrap_links_urls_and_addresses)             \
	X(doc_wrap_links_across_lines)                   \
	X(doc_wrap_keeps_separators_with_the_word_before) \
	X(doc_wrap_code_spans)                           \
	X(doc_aside_bars_every_wrapped_line)             \
	X(doc_add_cuts_with_ellipsis)                    \
	X(doc_box_golden_utf8)                           \
	X(doc_box_golden_ascii)                          \
	X(doc_box_borders_line_up)                       \
	X(doc_mode_comes_from_its_context)               \
	X(glyphs_ascii_is_ascii)                         \
	X(doc_items_record_lines)                        \
	X(doc_gap_adds_one_blank_line)                   \
	X(doc_badges_print_in_brackets)                  \
	/* test_resume.c */                              \
	X(resume_parse_full_resume)                      \
	X(resume_parse_sanitizes_strings)                \
	X(resume_parse_wrong_types_warn_with_paths)      \
	X(resume_parse_nested_array_paths)               \
	X(resume_parse_syntax_errors)                    \
	X(resume_parse_empty_input)                      \
	X(resume_parse_error_positions_at_edges)         \
	X(resume_load_errors)                            \
	X(resume_load_sample)                            \
	X(resume_parse_date_formats)                     \
	/* test_validate.c */                            \
	X(validate_dates_that_do_not_exist)              \
	X(validate_end_before_start)                     \
	X(validate_addresses_urls_and_codes)             \
	X(validate_near_miss_keys_are_noted)             \
	X(validate_suggest_only_near_misses)             \
	X(validate_messages_are_sanitised)               \
	/* test_app.c */                                 \
	X(app_init_clamps)                               \
	X(app_tabs_wrap_both_ways)                       \
	X(app_digits_jump_to_tabs)                       \
	X(app_small_tab_opens_at_top)                    \
	X(app_selection_moves_and_reveals)               \
	X(app_down_past_last_card_scrolls)               \
	X(app_up_on_first_card_scrolls_up)               \
	X(app_page_keys_select_a_visible_card)           \
	X(app_home_and_end)                              \
	X(app_open_and_close_card)                       \
	X(app_arrows_in_card_change_card)                \
	X(app_tab_switch_closes_card)                    \
	X(app_help_opens_and_closes)                     \
	X(app_quit_and_exit)                             \
	X(app_settle_clamps_after_shrinking)             \
	X(app_tabs_remember_position)                    \
	X(app_click_selects_then_opens)                  \
	X(app_click_outside_cards_does_nothing)          \
	X(app_click_closes_help)                         \
	X(app_wheel_scrolls_and_selection_follows)       \
	X(app_goto_shows_a_line)                         \
	/* test_app_search.c */                          \
	X(app_search_prompt_takes_text)                  \
	X(app_search_prompt_says_when_full)              \
	X(app_search_enter_goes_to_the_first_hit_ahead)  \
	X(app_search_says_when_nothing_matches)          \
	X(app_search_esc_clears_hits_on_a_page_only)     \
	X(app_search_keys_do_nothing_in_help)            \
	X(app_search_again_keeps_the_current_hit)        \
	X(app_end_asks_for_the_whole_tab)                \
	/* test_view.c */                                \
	X(view_lays_out_only_what_is_shown)              \
	X(view_keeps_tabs_until_the_width_changes)       \
	X(view_splits_a_tab_of_cards_on_a_wide_terminal) \
	X(view_find_searches_pages_and_cards)            \
	X(view_help_fits_its_box)                        \
	/* test_bigtext.c */                             \
	X(bigtext_draws_letters_in_half_blocks)          \
	X(bigtext_every_glyph_fits_its_width)            \
	X(bigtext_refuses_what_it_cannot_draw)           \
	X(block_date_reads_as_people_write)              \
	X(block_date_range_reads_in_months)              \
	/* test_layout.c */                              \
	X(layout_screens_of_sample)                      \
	X(layout_empty_resume_has_about_only)            \
	X(layout_lines_fit_width_utf8)                   \
	X(layout_lines_fit_width_ascii)                  \
	X(layout_piecewise_equals_whole)                 \
	X(print_resume_expands_incidents)                \
	X(layout_screen_names)                           \
	X(screen_table_rows_are_complete)                \
	X(layout_empty_entries_show_nothing_of_others)   \
	X(layout_output_is_sanitized)                    \
	X(layout_newlines_in_fields_keep_lines)          \
	/* test_keys.c */                                \
	X(keys_action_for_each_key)                      \
	X(keys_every_action_bound_and_helped)            \
	X(keys_label_formats)                            \
	/* test_search.c */                              \
	X(search_ignores_case_ascii_and_beyond)          \
	X(search_columns_are_display_columns)            \
	X(search_hits_do_not_overlap)                    \
	X(search_empty_query_finds_nothing)              \
	X(search_on_line_finds_hits_by_bisection)        \
	X(search_match_stays_on_one_line)                \
	X(search_does_not_join_spans_across_a_gap)       \
	/* test_theme.c */                               \
	X(theme_names_round_trip)                        \
	X(theme_resolve_fits_the_terminal)               \
	X(theme_background_chosen)                       \
	X(theme_styles_keep_their_promises)              \
	X(theme_current_match_stands_alone)              \
	/* test_contrast.c */                            \
	X(contrast_xterm_colours_as_assumed)             \
	X(contrast_every_role_reads_on_its_background)   \
	X(contrast_light_palettes_never_white_on_white)  \
	/* test_background.c */                          \
	X(background_parses_osc11_answers)               \
	X(background_reads_colorfgbg)                    \
	X(background_luminance_and_contrast)             \
	X(background_scan_takes_the_answers_out)         \
	X(background_scan_keeps_at_most_its_keys)        \
	/* test_jsonwalk.c */                            \
	X(jsonwalk_members_and_elements)                 \
	X(jsonwalk_keys_are_cut_to_size)                 \
	X(jsonwalk_scalars_and_white_space)              \
	X(jsonwalk_stays_in_bounds)                      \
	/* test_charts.c */                              \
	X(chart_timeline_draws_roles_to_scale)           \
	X(chart_timeline_current_role_reaches_today)     \
	X(chart_timeline_today_comes_from_the_context)   \
	X(chart_timeline_roles_after_today)              \
	X(chart_timeline_draws_nothing_without_room_or_dates) \
	X(chart_timeline_caps_rows)                      \
	X(chart_incidents_bars_on_one_scale)             \
	X(chart_incidents_two_lines_when_narrow)         \
	X(chart_stack_grid_columns)                      \
	X(chart_all_fit_and_ascii_stays_ascii)           \
	/* test_sandbox.c */                             \
	X(sandbox_kills_forbidden_calls)                 \
	X(sandbox_allows_what_the_viewer_uses)           \
	/* last: under UBSan it aborts the run (a known bug, see the test) */ \
	X(chart_incidents_huge_times)

#define UNIT_DECLARE(name) void test_##name(void);
UNIT_TESTS(UNIT_DECLARE)
#undef UNIT_DECLARE

#endif
